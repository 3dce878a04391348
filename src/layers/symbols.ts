// A small icon atlas drawn at run time (no image files, no requests): one shape per site type.
export const SYMBOLS = ['square', 'triangle', 'diamond', 'star', 'circle', 'plus'] as const;
export type SymbolName = (typeof SYMBOLS)[number];
const SIZE = 64;

function drawShape(ctx: CanvasRenderingContext2D, shape: SymbolName, x: number): void {
  const c = x + SIZE / 2;
  const m = SIZE / 2;
  ctx.beginPath();
  if (shape === 'square') ctx.rect(x + 10, 10, SIZE - 20, SIZE - 20);
  if (shape === 'triangle') {
    ctx.moveTo(c, 6);
    ctx.lineTo(x + SIZE - 6, SIZE - 8);
    ctx.lineTo(x + 6, SIZE - 8);
  }
  if (shape === 'diamond') {
    ctx.moveTo(c, 4);
    ctx.lineTo(x + SIZE - 4, m);
    ctx.lineTo(c, SIZE - 4);
    ctx.lineTo(x + 4, m);
  }
  if (shape === 'star') {
    for (let i = 0; i < 10; i++) {
      const r = i % 2 ? 12 : 28;
      const a = (Math.PI / 5) * i - Math.PI / 2;
      ctx.lineTo(c + r * Math.cos(a), m + r * Math.sin(a));
    }
  }
  if (shape === 'circle') ctx.arc(c, m, 22, 0, Math.PI * 2);
  if (shape === 'plus') {
    const [a, b] = [9, 24];
    [[-a, -b], [a, -b], [a, -a], [b, -a], [b, a], [a, a], [a, b], [-a, b], [-a, a], [-b, a], [-b, -a], [-a, -a]].forEach(([dx, dy]) => ctx.lineTo(c + dx!, m + dy!));
  }
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
}

let atlas: HTMLCanvasElement | null = null;

/**
 * White shapes (tinted per mark with mask: true), drawn once. The canvas itself is the atlas: a
 * toDataURL() round trip cost about 0.5 s under software rendering.
 */
export function symbolAtlas(): HTMLCanvasElement {
  if (atlas) return atlas;
  const canvas = document.createElement('canvas');
  canvas.width = SIZE * SYMBOLS.length;
  canvas.height = SIZE;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3;
  SYMBOLS.forEach((s, i) => drawShape(ctx, s, i * SIZE));
  atlas = canvas;
  return atlas;
}

export const SYMBOL_MAPPING = Object.fromEntries(
  SYMBOLS.map((s, i) => [s, { x: i * SIZE, y: 0, width: SIZE, height: SIZE, mask: true }]),
);
