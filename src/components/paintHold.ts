// Holding the map's paint while a new view is tiled. A drill hands maplibre new outlines and moves the
// camera; maplibre then paints as each batch of tiles arrives (the new outlines at the old camera, the
// camera with half its tiles, …), the marks with them (deck.gl draws inside maplibre's frame).
// Under software rendering every such frame costs 100–150 ms of the GPU process, on the same two cores
// the tiling needs. Held, maplibre still updates its sources and requests tiles but does not paint
// until maplibre is idle: one frame shows the new view whole.
import type { Map as MaplibreMap } from 'maplibre-gl';

interface PainterInternals { render(...args: unknown[]): void }

// Private in maplibre 6.17 (pinned); without it the map paints as before.
const painterOf = (m: MaplibreMap): PainterInternals | null => (m as unknown as { painter?: PainterInternals }).painter ?? null;

/**
 * When to look again whether the view's tiles are in: a tile loaded, or a frame (a tile dropped by an update;
 * maplibre's `idle` alone may wait for a hidden slot's data, areaSlots.ts). Not on `error`: listening to it would
 * silence maplibre's own report of an error; a failed tile is painted by the timer.
 */
const ARRIVALS = ['data', 'render'] as const;

export class PaintHold {
  private holding = false;

  constructor(private readonly map: MaplibreMap) {
    const painter = painterOf(map);
    if (!painter) return;
    const paint = painter.render.bind(painter);
    painter.render = (...args: unknown[]) => {
      if (!this.holding) paint(...args);
    };
  }

  get held(): boolean {
    return this.holding;
  }

  hold(): void {
    this.holding = true;
  }

  /**
   * Paint (held or not) once every tile the view needs is `loaded()`, or after `maxMs` at the latest;
   * resolves once painted. Call after the change to paint.
   */
  release(maxMs: number, loaded: () => boolean): Promise<void> {
    const m = this.map;
    return new Promise((done) => {
      const paint = (again: boolean) => {
        this.holding = false;
        if (again) m.redraw();
        done();
      };
      // The sources updated now (and painted, unless held): a view shown before finds its tiles cached and is
      // painted in this task, so in the same frame as the panels' change instead of a frame or two later.
      m.redraw();
      if (loaded()) {
        paint(this.holding);
        return;
      }
      const go = (again: boolean) => {
        clearTimeout(timer);
        m.off('idle', idle);
        for (const e of ARRIVALS) m.off(e, arrived);
        paint(again);
      };
      // maplibre's idle follows a frame it painted, unless held.
      const idle = () => go(this.holding);
      // Painted as soon as the last tile arrives, not at the next animation frame's idle event (under software
      // rendering the frame may wait 20–70 ms for the compositor).
      const arrived = () => {
        if (loaded()) go(true);
      };
      const timer = setTimeout(() => go(true), maxMs);
      m.on('idle', idle);
      for (const e of ARRIVALS) m.on(e, arrived);
    });
  }
}
