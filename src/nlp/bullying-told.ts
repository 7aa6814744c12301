import { foldAccents } from '../text/fold.ts';

/**
 * Bullying told about a pupil (session 35, issue 10): "em bị bắt nạt ở trường", "con em bị bạn bắt nạt ở lớp", "em bị
 * bạn bè ăn hiếp hoài", "em bị tẩy chay ở trường", with or without accents. Such a message used to end at a
 * did-you-mean or a fallback. It is not a safeguarding disclosure (sessions 32 and 34 tried that and it replaced
 * answers parents asked for): the engine only uses this where it would otherwise give a did-you-mean or a fallback,
 * and answers with the children's service, led by a warm line naming 111. Read on folded text so that unaccented
 * writing counts the same.
 */
// Being bullied: "bị" (up to four words, e.g. "bị mấy đứa cùng lớp") before a bullying verb or "bạo lực học đường";
// without "bị", "bạo lực học đường" is a topic (an essay, a class play), not something told.
const BULLIED =
  /\bbi(?: \S+){0,4} (?:bat nat|an hiep|tay chay|co lap|choc gheo|troc gheo|choc pha|tran tien|bao luc hoc duong)\b|\bbullied\b/;
// A school, a class, classmates or a child beside it: the bullied one is a pupil.
const PUPIL =
  /\b(?:truong|lop|hoc sinh|ban hoc|ban be|ban cung lop|bi ban|con (?:em|toi|minh|tui|chau)|chau|be|tre|school|class(?:mates?)?|kids?|child|son|daughter)\b/;
// Harmless look-alikes keep their reply: an adult bullied at work, a pet, a game or a film.
const NOT_A_PUPIL =
  /\b(?:cong ty|co quan|sep|dong nghiep|noi lam viec|xi nghiep|cho|meo|thu cung|game|tro choi|phim|truyen|work|boss|coworkers?|dog|cat|pet)\b/;

/** Whether the message tells of a pupil bullied (see above). */
export function bullyingTold(text: string): boolean {
  const folded = foldAccents(text.toLowerCase()).replace(/đ/g, 'd');
  return BULLIED.test(folded) && PUPIL.test(folded) && !NOT_A_PUPIL.test(folded);
}
