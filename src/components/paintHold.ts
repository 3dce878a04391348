// Holding the map's paint while a new view is tiled. A drill hands maplibre new outlines and moves the
// camera; maplibre then paints as each batch of tiles arrives (the new outlines at the old camera, the
// camera with half its tiles, …) and deck.gl paints the marks at the new camera on the first of those.
// Under software rendering every such frame costs 100–150 ms of the GPU process, on the same two cores
// the tiling needs. Held, maplibre still updates its sources and requests tiles but neither canvas
// paints until maplibre is idle: one frame shows the new view whole.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';

interface DeckInternals { _drawLayers(reason: string): void; redraw(reason?: string): void }
interface PainterInternals { render(...args: unknown[]): void }

// Private in maplibre 6.17 and deck.gl 9.4 (pinned); without them the map paints as before.
const deckOf = (o: MapboxOverlay | null): DeckInternals | null => (o as unknown as { _deck?: DeckInternals | null } | null)?._deck ?? null;
const painterOf = (m: MaplibreMap): PainterInternals | null => (m as unknown as { painter?: PainterInternals }).painter ?? null;

export class PaintHold {
  private holding = false;
  private overlay: MapboxOverlay | null = null;

  constructor(private readonly map: MaplibreMap) {
    const painter = painterOf(map);
    if (!painter) return;
    const paint = painter.render.bind(painter);
    painter.render = (...args: unknown[]) => {
      if (!this.holding) paint(...args);
    };
  }

  /** deck.gl's `_customRender`: draws unless held. */
  readonly deckRender = (reason: string): void => {
    if (!this.holding) deckOf(this.overlay)?._drawLayers(reason);
  };

  attach(overlay: MapboxOverlay): void {
    this.overlay = overlay;
  }

  get held(): boolean {
    return this.holding;
  }

  hold(): void {
    this.holding = true;
  }

  /**
   * Paint both canvases once maplibre is idle (every tile of the camera loaded), or after `maxMs` at the
   * latest. Call after the change that needs tiles (with a repaint triggered).
   */
  release(maxMs: number): Promise<void> {
    const m = this.map;
    return new Promise((done) => {
      const go = () => {
        clearTimeout(timer);
        m.off('idle', go);
        if (this.holding) {
          this.holding = false;
          m.redraw();
          deckOf(this.overlay)?.redraw('view complete');
        }
        done();
      };
      const timer = setTimeout(go, maxMs);
      m.on('idle', go);
    });
  }
}
