/**
 * A first question the writer drops ("tôi muốn hỏi thủ tục tạm vắng cho mẹ tôi... à không, mẹ tôi lẫn, vừa đi đâu mất
 * từ sáng"): what follows the last `taken_back` marker ("à không", "à mà", "khoan") is what they mean now. The whole
 * message is still read first; the part after the marker is read on its own only to find a danger now that the
 * dropped part hid (a paperwork or service question calms a missing person). It never lowers a verdict: a tail that
 * is harmless alone leaves the whole message's reading as it was.
 */
import { escapeForPattern, foldAccents, wholeWordsPattern } from '../text/normalize.ts';

/** The markers as whole words, as written and accent-folded (for a message typed without accents). */
export interface TakenBackPatterns {
  accented: RegExp;
  folded: RegExp;
}

/** The markers' patterns; null when there are none. */
export function takenBackPattern(markers: readonly string[]): TakenBackPatterns | null {
  const written = [...new Set(markers.map((m) => m.normalize('NFC').toLowerCase().trim()))].filter(Boolean);
  if (written.length === 0) return null;
  const folded = [...new Set(written.map((m) => foldAccents(m)))];
  return {
    accented: wholeWordsPattern(written.map(escapeForPattern)),
    folded: wholeWordsPattern(folded.map(escapeForPattern)),
  };
}

/**
 * The text after the last marker, or null when there is none or nothing follows it. A message with diacritics is
 * matched as written: folded, "chứng khoán" would hold the marker "khoan". One typed without any is matched folded.
 */
export function afterTakenBack(text: string, patterns: TakenBackPatterns | null): string | null {
  if (!patterns) return null;
  const lower = text.normalize('NFC').toLowerCase();
  const pattern = foldAccents(lower) === lower ? patterns.folded : patterns.accented;
  let end = -1;
  for (const match of lower.matchAll(pattern)) end = match.index + match[0].length;
  if (end < 0) return null;
  const tail = lower.slice(end).replace(/^[\s,.…:;!-]+/u, '');
  return tail.length > 0 ? tail : null;
}
