/**
 * The token the detector puts between clauses, shared with the classifier
 * (which must not pair words across it), in a file of its own so that
 * neither imports the other.
 */
import type { Token } from '../nlp/normalize.ts';

/** Between clauses; no cue matches it. */
export const CLAUSE_SEPARATOR: Token = { text: '|', folded: '|', plain: true };
