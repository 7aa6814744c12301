/**
 * Safeguarding corpora kept as carry-over checks: each was written blind, after the
 * rules and the model it checks, so that whether a change carries over to a writer
 * nobody has read can be measured. The classifier never learns from them
 * (`train:safeguarding`'s default list) and cross-validation never reads them
 * (`npm run cv:safeguarding`); only their totals are ever looked at.
 */
export const CARRY_OVER_CORPORA: ReadonlySet<string> = new Set(['train24.jsonl', 'train25.jsonl']);
