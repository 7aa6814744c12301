/**
 * "Do you speak English", "can you understand English", "can I write to you in English": whether the bot itself
 * speaks English. Residents who write in English ask it first; its words are too few and too common for the English
 * index (listing them as the bot's questions put the bot before "a therapist who speaks English" or "my wife speaks
 * little English"), so the question is read by its shape: the bot addressed ("you") with a verb of speaking or
 * understanding, and English named just after. The bot's own entry answers it in English (what the bot is, the
 * hotline, the emergency numbers, and that full answers are in Vietnamese).
 */
import type { Token } from '../text/normalize.ts';

const SPEAKING = new Set(['speak', 'understand', 'read', 'write', 'answer', 'reply', 'talk', 'chat', 'use', 'know']);
/** How many words after the verb "English" may come ("do you speak a little English"). */
const ENGLISH_WITHIN = 4;

/** True when the message asks whether the bot speaks, reads or answers in English. */
export function asksEnglishSpoken(tokens: readonly Token[]): boolean {
  const words = tokens.map((t) => t.folded);
  return words.some((w, i) => {
    // "you speak … English", "you answer in English"
    if (w === 'you' && SPEAKING.has(words[i + 1] ?? '')) {
      return words.slice(i + 2, i + 2 + ENGLISH_WITHIN).includes('english');
    }
    // "write to you in English", "talk with you in English"
    if (SPEAKING.has(w) && (words[i + 1] === 'to' || words[i + 1] === 'with') && words[i + 2] === 'you') {
      return words[i + 3] === 'in' && words[i + 4] === 'english';
    }
    return false;
  });
}
