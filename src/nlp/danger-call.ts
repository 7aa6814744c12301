/**
 * "Lỡ ổng đập phá thì em gọi ai", "lúc chị ấy lên cơn thì gọi ai", "khi nó say về thì gọi số nào": whom to call
 * for a danger told as a possibility. Nothing is happening now, so the safeguarding layer rightly reads it as a
 * question (no emergency screen, no "Tôi đang an toàn" button: nobody is in danger yet), but its words are too few
 * for any entry to answer, and a did-you-mean about a service or "chưa có thông tin" is the wrong reply to someone
 * preparing for a violent or sick relative. The answer is an informational one that names the numbers: the emergency
 * entry (113, 115, 114, 111, then the center's hotline), or the child protection line (111, with 113 and 115 for a
 * child in danger now, then the hotline) when the harm is to a child. Danger now keeps the emergency reply; a
 * question with no harm in it ("nếu hồ sơ thiếu thì gọi ai", "lúc nào thì gọi tổng đài được") is left alone.
 */
import { ENTRY_IDS } from '../kb/entry-ids.ts';
import type { Hearing, SafeguardingResult } from '../safeguarding/detector.ts';
import { accentedWords, type Token, typedIn } from '../text/normalize.ts';

/** Words that tell a possibility ("lỡ", "nhỡ", "nếu", "lúc … lên cơn", "khi nó say về", "if", "in case"). */
const POSSIBILITY = accentedWords(['lỡ', 'nhỡ', 'nếu', 'lúc', 'khi', 'hễ', 'if', 'when', 'case']);

/**
 * How whom to call is asked, as folded syllables: calling or reporting to whom, or which number. "Làm gì" is not
 * among them: what to do is advice, which the safeguarding layer and the entries answer.
 */
const CALL_ASKED: readonly (readonly string[])[] = [
  ['goi', 'ai'],
  ['goi', 'cho', 'ai'],
  ['goi', 'so', 'nao'],
  ['goi', 'so', 'may'],
  ['goi', 'so', 'gi'],
  ['goi', 'dau'],
  ['goi', 'o', 'dau'],
  ['bao', 'ai'],
  ['bao', 'cho', 'ai'],
  ['who', 'do', 'i', 'call'],
  ['who', 'should', 'i', 'call'],
  ['who', 'to', 'call'],
  ['which', 'number'],
  ['what', 'number'],
];

/**
 * Concepts of the safeguarding layer that name a harm when a possibility is told: someone drunk or in a fit
 * (`aggressor`), a blow, a weapon, a threat to kill, an abduction, a sexual act, self-harm, a medical sign or a fire.
 */
const HARM_CONCEPTS = [
  'aggressor',
  'beat',
  'weapon',
  'stab',
  'threat_kill',
  'abduct',
  'sexual',
  'suicide_word',
  'self_harm',
  'medical_sign',
  'medical_acute',
  'unresponsive',
  'chest_pain',
  'fire',
] as const;

/** Situations in which a child is the one harmed: the child protection line answers. */
const CHILD_SITUATIONS: ReadonlySet<string> = new Set(['child-abuse', 'missing-person', 'sexual-assault']);

function asksWhomToCall(tokens: readonly Token[]): boolean {
  const folded = tokens.map((t) => t.folded);
  return CALL_ASKED.some((phrase) => folded.some((_, i) => phrase.every((word, k) => folded[i + k] === word)));
}

/**
 * The entry that answers whom to call for a danger told as a possibility, or undefined when the message is not one
 * (no possibility, no call asked, no harm heard) or the safeguarding layer already raised danger now or a disclosure.
 */
export function dangerCallEntry(
  tokens: readonly Token[],
  heard: Hearing | null,
  safeguarding: SafeguardingResult | null,
): string | undefined {
  if (safeguarding !== null && safeguarding.outcome !== 'informational') return undefined;
  if (!tokens.some((t) => typedIn(t, POSSIBILITY)) || !asksWhomToCall(tokens)) return undefined;
  const harmed = safeguarding !== null || HARM_CONCEPTS.some((c) => heard?.found.has(c) === true);
  if (!harmed) return undefined;
  const child = safeguarding ? safeguarding.child || CHILD_SITUATIONS.has(safeguarding.situation) : false;
  return child && safeguarding?.situation !== 'medical' ? ENTRY_IDS.childProtectionHotline : ENTRY_IDS.emergency;
}
