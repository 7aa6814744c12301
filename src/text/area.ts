/**
 * How people name their commune or ward, reduced to one form, so that the
 * store can match audiences without knowing Vietnamese itself.
 */
import { foldAccents } from './fold.ts';

/** Compares communes/wards the way people type them: "Phường Hồng Gai" = "hong gai". */
export function normalizeArea(area: string): string {
  return foldAccents(area.toLowerCase().normalize('NFC'))
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/^\s*(xa|phuong|thi tran|p|x|tt)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
