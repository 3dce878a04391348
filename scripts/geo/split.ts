// Divides one old outline among several new divisions by the nearest seat (Voronoi), flagged approximate.
import { bboxOf, clip, voronoiCells } from './geom.ts';
import type { SplitJob } from './reconcile.ts';
import type { Piece } from './types.ts';

export function splitPieces(job: SplitJob): Piece[] {
  const seeds = job.targets.flatMap((t) => t.seats.map((s) => ({ code: t.code, seat: s })));
  const pieces: Piece[] = [];
  for (const f of job.features) {
    const [x0, y0, x1, y1] = bboxOf(f.geometry);
    const cells = voronoiCells(seeds.map((s) => s.seat), [x0 - 5, y0 - 5, x1 + 5, y1 + 5]);
    cells.forEach((cell, i) => {
      const part = cell ? clip(f.geometry, cell) : null;
      if (part) pieces.push({ county: seeds[i]!.code, approximate: true, geometry: part });
    });
  }
  return pieces;
}
