// RGB colours for deck.gl layers, from the taxonomy's hex colours.
import { riskLevels } from '../domain/taxonomy';

export type Rgb = [number, number, number];

export const hex = (h: string): Rgb => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

/** The four colours (四色) by risk level key. */
export const RISK_RGB = Object.fromEntries(riskLevels.map((r) => [r.key, hex(r.color)])) as Record<string, Rgb>;
