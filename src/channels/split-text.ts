/**
 * Splits plain text under a platform's length limit (Zalo: 2,000 characters)
 * at the most natural place: a paragraph break, then a line break, then a
 * space, and only as a last resort mid-word. Never cuts an emoji in half.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Splits `text` into pieces of at most `limit` UTF-16 units (≥ characters), without empty pieces. */
export function splitPlainText(text: string, limit: number): string[] {
  if (limit < 2) throw new RangeError('limit must be at least 2');
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = window.lastIndexOf('\n\n');
    if (cut < limit / 2) cut = window.lastIndexOf('\n');
    if (cut < limit / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = limit;
    // A cut between the two halves of a surrogate pair would send a broken emoji.
    if (isHighSurrogate(rest.charCodeAt(cut - 1))) cut -= 1;
    const head = rest.slice(0, cut).trimEnd();
    if (head.length > 0) parts.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.trim().length > 0) parts.push(rest);
  return parts;
}
