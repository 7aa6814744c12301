/**
 * Conversation context: after each answer the bot remembers, for a few
 * minutes and in memory only, the topic, whom it was about and what was
 * asked, so a follow-up ("cần giấy tờ gì", "ở đâu", "còn người khuyết tật
 * thì sao") is answered on that topic. The flow in progress is the
 * eligibility check's own session: the router lets it take a typed answer
 * before any follow-up. The router has already run the safeguarding check,
 * so nothing here comes before an emergency reply.
 */
import { ChatAddress } from '../src/core/address.ts';
import { z } from 'zod';
import { ENTRY_IDS } from '../src/kb/entry-ids.ts';
import { FOLLOW_UP_ASPECTS } from '../src/kb/schema.ts';
import type { AnswerResult } from '../src/nlp/engine.ts';
import type { Candidate } from '../src/nlp/matcher.ts';
import { ASPECT_HOMES, PHONE_LINE_NAMES, THANKS, type Aspect } from '../src/nlp/followup-cues.ts';
import {
  answerNearTopic,
  asksAboutCenterEntry,
  asksTopicCommand,
  asksWhatTheyDo,
  centerWorkEntry,
  contextAfterAnswer,
  coveredByTopic,
  allowanceTopic,
  GROUPS,
  hasCue,
  heardOnlyThePerson,
  namedAllowance,
  namedByTopicTitle,
  readFollowUp,
  readPersonTurn,
  resolveFollowUp,
  servicesBesidesMoney,
  type ConversationContext,
  type FollowUpReading,
  type HeldSituation,
} from '../src/nlp/followup.ts';
import type { SafeguardingResult } from '../src/safeguarding/detector.ts';
import { EMERGENCY_NUMBERS, SITUATION_IDS, type SituationId } from '../src/kb/safeguarding-schema.ts';
import { agencyBusinessNamed, agencyCueSaidLoosely } from '../src/nlp/agency-work.ts';
import { namesOtherEntry, namesRelatedEntry } from '../src/nlp/entry-names.ts';
import { namesOwnBusiness } from '../src/nlp/own-business.ts';
import { opensNewMatter } from '../src/nlp/topic-shift.ts';
import { MAX_PEOPLE, PERSON_REFS, type Person, peopleAfter, peopleNamed, personReferred } from '../src/nlp/people.ts';
import { readSmallTalk } from '../src/nlp/small-talk.ts';
import { describedPosition, pickOffered } from '../src/nlp/offered-choice.ts';
import { accentedWords, tokenize, type Token, typedIn } from '../src/text/normalize.ts';
import type { HandlerContext } from './context.ts';

/** Default expiry of a conversation context: 15 minutes of silence. */
const DEFAULT_CONTEXT_TTL_MS = 15 * 60_000;

/** The longest fragment ("người già", "trẻ khuyết tật") that answers an offer even when it would mean something alone. */
const BARE_FRAGMENT_SYLLABLES = 4;

/** A reply to an offer this short that asks an aspect ("cái cách đăng ký á") asks it of the offered topics. */
const SHORT_ASPECT_SYLLABLES = 5;

/** How close below the answer threshold the engine's own "did you mean" puts its topic before the conversation's. */
const NEARLY_SURE_MARGIN = 0.015;

/** Aspects that ask where or how to get something done: asked of another agency's business, that agency answers. */
const AGENCY_ASPECTS: ReadonlySet<Aspect> = new Set(['place', 'papers', 'apply']);

/** Aspects about getting it done, which a topic's `follow_ups` may send to the entry that says how. */
const ROUTED_ASPECTS: ReadonlySet<Aspect> = new Set(['apply', 'papers', 'duration']);

/** The longest yes-or-no question among words nothing places that is still offered the topic. */
const UNPLACED_QUESTION_SYLLABLES = 16;

/** The longest statement about the person that is read with the conversation when the engine refers it. */
const MAX_STATEMENT_SYLLABLES = 16;

/** More topics than a "did you mean" ever offers: a stored list longer than this is not one. */
const OFFERED_LIMIT = 8;

/** A safeguarding situation as the context keeps it: which, its numbers in order, a child, English. */
const situationSchema = z.object({
  situation: z.enum(SITUATION_IDS),
  numbers: z.array(z.enum(EMERGENCY_NUMBERS)),
  child: z.boolean(),
  english: z.boolean(),
});

const contextSchema = z.object({
  topic: z.string().nullable(),
  who: z.enum(GROUPS).nullable(),
  what: z.enum(FOLLOW_UP_ASPECTS).nullable(),
  offered: z.array(z.string()).max(OFFERED_LIMIT).optional(),
  shown: z.string().optional(),
  numbered: z.boolean().optional(),
  danger: z.boolean().optional(),
  /** The emergency just answered: a message still about it gets that situation's reply again (115 first for a stroke). */
  dangerOf: situationSchema.optional(),
  /** The disclosure just answered: the one harmed placed with the doer now is danger now (see `withTheDoerNow`). */
  disclosed: situationSchema.optional(),
});

/** One context per person per chat, beside (not inside) an eligibility check. */
function contextKey(ctx: HandlerContext): string {
  return `context:${ChatAddress.toKey(ctx.user)}:${ctx.user.userId}`;
}

/** The people a message named (see src/nlp/people.ts), kept beside the context with the same expiry. */
function peopleKey(ctx: HandlerContext): string {
  return `people:${ChatAddress.toKey(ctx.user)}:${ctx.user.userId}`;
}

/** The people kept as the session store holds them: a kinship reference and a group each. */
const peopleSchema = z.array(z.object({ ref: z.enum(PERSON_REFS), who: z.enum(GROUPS) })).max(MAX_PEOPLE);

async function loadPeople(ctx: HandlerContext): Promise<Person[]> {
  const stored = await ctx.sessions.get(peopleKey(ctx));
  if (stored === undefined) return [];
  const parsed = peopleSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

/**
 * Keeps the people a message named two of (or those kept before) for the next message, with the context's expiry;
 * nothing is written when no two people were ever named.
 */
async function keepPeople(ctx: HandlerContext, kept: readonly Person[], text: string): Promise<void> {
  const people = peopleAfter(kept, peopleNamed(text));
  if (people.length === 0) return;
  await ctx.sessions.set(peopleKey(ctx), people, ctx.contextTtlMs ?? DEFAULT_CONTEXT_TTL_MS);
}

/**
 * The context a message leaves, held while the message is handled (a HandlerContext lives for one message) and
 * written once when it is done (`writeHeldContext`). One message may change it more than once: the decision, then the
 * entry shown; a follow-up read as still in danger, then the emergency reply's situation; told safe, then the
 * service shown. Each change used to be a write of its own, two per answer in a conversation.
 */
const leftContext = new WeakMap<HandlerContext, ConversationContext>();

async function loadContext(ctx: HandlerContext): Promise<ConversationContext | null> {
  // Changed earlier in the same message: that is the context now, not the stored one.
  const changed = leftContext.get(ctx);
  if (changed) return changed;
  const stored = await ctx.sessions.get(contextKey(ctx));
  // Most messages have no context: a failed parse would build an error object for nothing.
  if (stored === undefined) return null;
  const parsed = contextSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** Makes `context` the one the message leaves: held, and written by `writeHeldContext` once the message is handled. */
function saveContext(ctx: HandlerContext, context: ConversationContext): void {
  leftContext.set(ctx, context);
}

/** Writes the context the message left, if it changed any (the router calls this once, when the message is handled). */
export async function writeHeldContext(ctx: HandlerContext): Promise<void> {
  const context = leftContext.get(ctx);
  if (!context) return;
  leftContext.delete(ctx);
  await ctx.sessions.set(contextKey(ctx), { ...context }, ctx.contextTtlMs ?? DEFAULT_CONTEXT_TTL_MS);
}

/**
 * The engine's decision, reconsidered in the light of the conversation: a
 * follow-up is answered on the remembered topic; a clear new question (a
 * confident answer that names its own group, with no "còn … thì sao" and no
 * leading "cho") keeps its own answer; a person named alone that the engine
 * cannot place is who the topic is for; help "besides the money" is that
 * person's services; a closing thanks gets the goodbye; a
 * question about part of a safeguarding situation's service stays on it; an
 * unclear short question is offered the topic first. Either way the context
 * is updated.
 */
export async function answerInContext(
  ctx: HandlerContext,
  text: string,
  engineResult: AnswerResult,
): Promise<AnswerResult> {
  let result = engineResult;
  if (result.outcome === 'crisis' || result.outcome === 'disclosure' || result.outcome === 'empty') return result;
  const opened = withoutOpeningThanks(ctx, text);
  const previous = await loadContext(ctx);
  // "Còn ông thì sao" after a message that named a grandfather and a disabled child: the kinship word is that person,
  // read as their group ("còn người cao tuổi thì sao"), which the word alone does not say. Never right after danger.
  const kept = await loadPeople(ctx);
  await keepPeople(ctx, kept, opened);
  const referred =
    previous?.danger || previous?.disclosed ? undefined : personReferred(opened, kept, previous?.who ?? null);
  const asked = referred?.text ?? opened;
  // The engine unsure of the kinship word alone ("cháu được hỗ trợ gì"): its reading of the person's group ("người
  // khuyết tật được hỗ trợ gì"), when that one is sure and the message raised no safeguarding concern.
  const unsure = result.outcome === 'did-you-mean' || result.outcome === 'fallback';
  const engineRead =
    referred && unsure && noConcern(result) ? ctx.answers.find(ctx.kb, referred.named, ctx.engine) : undefined;
  if (engineRead && engineRead.outcome === 'answer' && noConcern(engineRead)) result = engineRead;
  const seen: { reading?: FollowUpReading } = {};
  // A life situation told outright answered where the engine alone would offer the same entry first (`situationTold`,
  // issue 11). The conversation decides from the engine's own decision, so the context this turn leaves, and every later
  // turn, is exactly what it was without that reading: twice such an answer, taken as the topic, cost a follow-up on
  // a blind conversation set. Only a message read with no context at all is shown the situation's entry, and only
  // when the conversation keeps the engine's decision as it was; in a conversation under way the engine's decision
  // goes on alone.
  const main = result.situationTold;
  if (main) {
    const decided = await decideInContext(ctx, asked, main, previous, seen);
    if (previous !== null || decided !== main) return withAspectLead(ctx, asked, decided, previous, seen.reading);
    const { situationTold: _, ...told } = result;
    return told;
  }
  const decided = await decideInContext(ctx, asked, result, previous, seen);
  return withAspectLead(ctx, asked, decided, previous, seen.reading);
}

/**
 * Whether the engine answered a message with the service of the safeguarding situation it read in it ("lam sao giup
 * ban toi muon tu tu" → the mental-health service), a situation whose service is not the conversation's topic.
 */
function ownSituationAnswered(ctx: HandlerContext, result: AnswerResult, topic: string | null): boolean {
  const situation = result.safeguarding?.situation;
  if (result.outcome !== 'answer' || situation === undefined || result.entryId === null) return false;
  const own = ctx.kb.safeguarding.text.situations[situation]?.entry;
  return own === result.entryId && own !== topic;
}

/** Whether the engine's reading of a message raised no safeguarding concern of any kind. */
function noConcern(result: AnswerResult): boolean {
  return !result.crisis && result.safeguarding === null && result.concern === undefined && !result.distressEmojiOnly;
}

/**
 * "Cảm ơn, vậy ai xét": a thanks or hello before a question is no part of the follow-up, so the follow-up reading
 * reads what is asked ("vậy ai xét"), as the engine does. A bare "ok" or "vâng" stays: it acknowledges the answer and
 * the follow-up reading already reads what comes after it as continuing the topic ("ok, and where is your office?").
 */
function withoutOpeningThanks(ctx: HandlerContext, text: string): string {
  const greeted = ctx.kb.lexicon.openingGreeting(text);
  if (!greeted || readSmallTalk(ctx.kb, greeted.opening) === 'ack') return text;
  return greeted.rest;
}

/** The decision of `answerInContext`; `seen.reading` gets the reading of the message it went by. */
async function decideInContext(
  ctx: HandlerContext,
  text: string,
  result: AnswerResult,
  previous: ConversationContext | null,
  seen: { reading?: FollowUpReading },
): Promise<AnswerResult> {
  // "Giờ em gọi số nào", "em báo công an rồi, giờ làm gì nữa" right after an emergency reply: the danger is still now,
  // so the emergency numbers come again rather than a phone line or a service offered as a "did you mean".
  const whole = readFollowUp(ctx.kb, text, previous?.topic ?? null);
  seen.reading = whole;
  // "Nó đang ở nhà một mình với ổng" right after a child's abuse was disclosed: the one harmed is with the doer now.
  const disclosed = previous?.disclosed;
  if (disclosed && !whole.closing && withTheDoerNow(text)) {
    saveContext(ctx, { ...withoutOffer(previous), danger: true, dangerOf: disclosed });
    return crisisAgain(ctx, result, disclosed, 'follow-up: the one harmed in the disclosure is with the doer now');
  }
  // "Which number do I call?" right after an English emergency reply: the hotline answers it alone, but here whom to
  // call is that emergency's numbers. Only the bare English question, narrowly (a broader rule for any question a
  // phone line answers, Vietnamese included, was withdrawn in session 27 after a blind conversation floor failed).
  // The bare Vietnamese question too ("goi so nao", "gọi số nào ạ", "giờ em gọi ai"): the hotline answers it alone with
  // confidence, which `stillInDanger` lets stand, but right after the emergency screen it asks for those numbers again.
  // Not after a child's danger: there the child protection line (111) is the situation's own first number, and its
  // entry, which the topic sends calls to, answers the question (conversations-train9).
  const dangerOf = previous?.danger ? previous.dangerOf : undefined;
  const callAgain =
    dangerOf !== undefined &&
    (dangerOf.english ? asksWhichNumberInEnglish(text) : !dangerOf.child && asksWhichNumberInVietnamese(text));
  if (callAgain && previous) {
    saveContext(ctx, { ...withoutOffer(previous), danger: true, dangerOf });
    return crisisAgain(ctx, result, dangerOf, 'follow-up: which number to call, right after the emergency');
  }
  // "Em 16 tuổi có thai", "dạo này em buồn lắm" right after an emergency reply: a worry of its own kind, which read
  // alone gets its own check-in. Repeating the emergency screen word for word would not hear it, so the check-in
  // answers it (led by the danger's first number, see `concernReplies`), and the danger stays in the context for
  // the next message ("giờ em gọi số nào"). Fear, pleas, threats and the rest still tell the danger: see below.
  if (dangerOf && previous && !whole.closing && concernOfItsOwn(ctx, result)) {
    saveContext(ctx, { ...withoutOffer(previous), danger: true, dangerOf });
    return { ...result, dangerStill: { number: dangerOf.numbers[0] ?? '113', english: dangerOf.english } };
  }
  const danger = previous?.danger && !whole.closing ? stillInDanger(ctx, text, result, whole) : undefined;
  if (danger && previous) {
    // "Báo số nào" after a child left alone: where to report, when the situation's service names its own line (111);
    // a call for help now ("giờ em gọi số nào") is the emergency numbers.
    const own = danger === 'question' && asksWhereToReport(text) ? lineOfTopic(ctx, previous.topic) : undefined;
    saveContext(ctx, { ...withoutOffer(previous), danger: true });
    if (own) return answeredWith(ctx, result, own);
    // The same situation's emergency reply again: what to do now, its own number first.
    const again = previous.dangerOf;
    if (again) return crisisAgain(ctx, result, again, 'follow-up: still about the danger just answered');
    return answeredWith(ctx, result, ENTRY_IDS.emergency);
  }
  const after = previous && !danger && !whole.closing ? afterTheDanger(ctx, text, result, previous) : undefined;
  if (after && previous) {
    saveContext(ctx, withoutOffer(previous));
    return answeredWith(ctx, result, after);
  }
  // "Làm sao giúp bạn tôi muốn tự tử" right after a violence answer: a message the safeguarding layer reads as a
  // situation of its own, answered with that situation's own service, is about that situation, never the topic's
  // (session 46, issue 10: the topic's "covered" reading answered it with the violence service).
  if (previous && ownSituationAnswered(ctx, result, previous.topic)) {
    saveContext(ctx, { ...contextAfterAnswer(previous, result.entryId as string, whole), ...offeredBy(result) });
    return result;
  }
  // "Còn mẹ tôi 72, bị mù hai mắt thì sao": turning to another person asks the conversation's question again for
  // them, whatever the engine heard in the details (not another agency's business it refers).
  const personTurn = previous ? turnToAnotherPerson(ctx, text, result, previous.topic) : undefined;
  // "Tư vấn qua điện thoại được không, mẹ mình ngại đi": the clause that asks, beside clauses about the person.
  const read =
    personTurn ??
    (whole.followUp || result.outcome === 'referral' ? whole : (questionClause(ctx, text, previous?.topic) ?? whole));
  seen.reading = read;
  const picked = previous?.offered ? await pickFromOffered(ctx, text, result, previous, read) : undefined;
  if (picked) return picked;
  // "Cho người khuyết tật" after a "did you mean": the group the offer was meant for, as "còn … thì sao" would say.
  const forOffer = previous?.offered !== undefined && read.onlyGroup;
  // "Rứa hai người cùng nhận được không": marked as continuing, and nothing else places it.
  // Not after the greeting, which answered nothing to continue ("xin chào" → "thời tiết mai thế nào").
  const loose = result.outcome === 'fallback' && read.loose && previous?.topic !== ENTRY_IDS.greeting;
  // "Mẹ 79 tuổi rồi" after a service: a person and nothing else, that asks nothing alone, is who the topic is for;
  // so is a person with a word or two about them that the engine cannot place ("ông em 70 tuổi bị cụt chân").
  // Not after the greeting or the center's own entries, which are about no one ("chào ad" → "mẹ em bị khuyết tật").
  const aside =
    // After a "did you mean" nobody picked from, a person named alone asks the offer's question for them (`forOffer`);
    // a person described ("vợ tôi chăm, bà ấy 60 tuổi") is still who the offered topic is for.
    (previous?.offered === undefined || (read.aboutPerson && !read.onlyGroup)) &&
    previous?.topic != null &&
    !isOwnEntry(previous.topic) &&
    (read.onlyGroup || (read.aboutPerson && result.outcome === 'fallback')) &&
    !read.marker &&
    result.outcome !== 'answer' &&
    !forOffer;
  const widened = loose || forOffer ? { ...read, followUp: true, marker: read.marker || forOffer } : read;
  // After how to apply, a person described without "cho" ("he is 80 years old") says who would apply: whether that
  // group qualifies, as "còn … thì sao" would ask, not the application again.
  const describedForApplication =
    aside && !read.forWhom && previous?.topic != null && isApplication(ctx, previous.topic);
  const reading = describedForApplication
    ? { ...widened, followUp: true, marker: true }
    : aside
      ? { ...widened, followUp: true, forWhom: true }
      : widened;
  seen.reading = reading;
  const clearNewQuestion =
    result.outcome === 'answer' &&
    result.score >= ctx.engine.answerThreshold &&
    reading.who !== null &&
    !reading.marker &&
    !reading.forWhom;
  // "Còn đăng ký thất nghiệp thì sao": another agency's question that only borrows the topic's words stays referred.
  // A condition on the topic ("có lương hưu rồi thì sao" after the elderly allowance) is the topic's own question.
  const referred = result.outcome === 'referral' && reading.topicWords && !reading.condition;
  // An offer asked nothing yet: for a group named after it, the question is whether that group qualifies.
  const asked = forOffer && previous ? { ...previous, what: previous.what ?? 'eligibility' } : previous;
  // "Ngoài tiền ra trung tâm còn hỗ trợ gì" after the disability allowance: the group's own services.
  const besides = previous
    ? servicesBesidesMoney(ctx.kb, text, reading.who ?? previous.who, previous.topic)
    : undefined;
  if (besides && previous && result.outcome !== 'referral') {
    saveContext(ctx, { topic: besides, who: reading.who ?? previous.who, what: null });
    return { ...result, outcome: 'answer', entryId: besides, score: ctx.engine.answerThreshold, alternatives: [] };
  }
  // "Bệnh viện huyện có không" after the social work offices (in hospitals among them): a referral whose every word
  // the topic's own title uses asks about the topic, not about the agency the words also name.
  const ownReferral =
    result.outcome === 'referral' &&
    previous?.topic != null &&
    !isOwnEntry(previous.topic) &&
    namedByTopicTitle(ctx.kb, text, previous.topic);
  if (ownReferral && previous?.topic) {
    saveContext(ctx, withoutOffer(previous));
    return {
      ...result,
      outcome: 'answer',
      entryId: previous.topic,
      referral: undefined,
      score: ctx.engine.answerThreshold,
      alternatives: [],
    };
  }
  // "Còn thủ tục ly hôn nộp ở đâu" after the hotline: where or how to do what another agency handles, which the
  // topic never speaks of, is referred there rather than answered or offered from the topic.
  const elsewhere =
    previous?.topic &&
    result.outcome !== 'answer' &&
    result.outcome !== 'referral' &&
    (reading.submit || (reading.aspect !== null && AGENCY_ASPECTS.has(reading.aspect)))
      ? agencyBusinessNamed(ctx.kb, text, previous.topic)
      : undefined;
  if (elsewhere && previous) {
    saveContext(ctx, withoutOffer(previous));
    return { ...result, outcome: 'referral', entryId: null, referral: elsewhere };
  }
  // "Còn trung tâm thì sau đó có hỗ trợ gì cho cháu không" after the child protection line (111): the line is the
  // nation's, so what the center itself does afterwards is the service of the situation that line answers.
  const afterLine =
    previous?.topic && reading.namesCenter && (result.outcome === 'fallback' || result.outcome === 'did-you-mean')
      ? centerServiceAfterLine(ctx, text, previous.topic)
      : undefined;
  if (afterLine && previous) {
    saveContext(ctx, { topic: afterLine, who: previous.who, what: null });
    return answeredWith(ctx, result, afterLine);
  }
  // "Thôi, cho hỏi trung tâm làm gì" after another topic: what the center does, which the engine alone is unsure of.
  const overview =
    reading.centerWork && (result.outcome === 'fallback' || result.outcome === 'did-you-mean')
      ? centerWorkEntry(ctx.kb)
      : undefined;
  if (overview) {
    saveContext(ctx, { topic: overview, who: previous?.who ?? null, what: null });
    return { ...result, outcome: 'answer', entryId: overview, score: ctx.engine.answerThreshold, alternatives: [] };
  }
  // "Gõ lệnh gì" after the data policy: the command its answer names (`/xoadulieu`), not the list of every command.
  if (previous?.topic && result.outcome !== 'referral' && asksTopicCommand(ctx.kb, text, previous.topic)) {
    saveContext(ctx, withoutOffer(previous));
    return answeredWith(ctx, result, previous.topic);
  }
  // The greeting answered nothing to continue: "chào bạn" → "what documents do i need" is the engine's own question,
  // not the greeting's papers (a bare "hỏi chút" after it is still offered the greeting).
  const afterGreeting = previous?.topic === ENTRY_IDS.greeting && previous.who === null;
  // The entry the engine answers the whole message with confidently, which the allowance named does not override.
  const confident = result.outcome === 'answer' && result.score >= ctx.engine.answerThreshold ? result.entryId : null;
  const resolved =
    clearNewQuestion || referred || afterGreeting
      ? undefined
      : // A person described after an offer nobody picked: the offer's first topic is the one the person goes on with.
        resolveFollowUp(
          ctx.kb,
          reading,
          turnedFrom(aside && asked ? withoutOffer(asked) : asked, personTurn),
          ctx.engine,
          confident,
        );
  if (resolved) {
    saveContext(ctx, resolved.context);
    return {
      ...result,
      outcome: 'answer',
      entryId: resolved.entryId,
      score: resolved.score,
      alternatives: resolved.alternatives,
    };
  }
  // "Thôi không cần nữa, cảm ơn": a thanks the engine could not place closes the conversation; the topic stays.
  // "Ad ơi", "dạ cho hỏi": a hail that asks nothing yet is greeted, which invites the question.
  const greeted =
    reading.closing ||
    thanksWithNothingAsked(ctx, text, result, reading) ||
    (result.outcome === 'fallback' && ctx.kb.lexicon.onlyHails(tokenize(text)));
  if (greeted && result.outcome !== 'answer' && ctx.kb.entries.has(ENTRY_IDS.greeting)) {
    if (previous) saveContext(ctx, throughSmallTalk(previous));
    // A thanks or a goodbye gets the greeting's short reply of its kind ("Dạ, không có gì đâu ạ!"), as when the
    // engine itself answers it with the greeting; a hail gets the greeting's short invitation to ask ("Dạ, mình đây ạ!").
    const smallTalk = readSmallTalk(ctx.kb, text);
    return {
      ...result,
      outcome: 'answer',
      entryId: ENTRY_IDS.greeting,
      score: ctx.engine.answerThreshold,
      alternatives: [],
      ...(smallTalk ? { smallTalk } : {}),
    };
  }
  // "Có tư vấn tâm lý không" after the trafficking support: part of the service the topic's answer describes.
  // Not when the engine found an entry the topic itself sends questions to ("gọi 111 được không" after the
  // children's services: the child protection line its `follow_ups` name for calls).
  if (
    previous?.topic &&
    result.entryId !== previous.topic &&
    !sentByTopic(ctx, previous.topic, result.entryId) &&
    (result.outcome === 'answer' || result.outcome === 'did-you-mean') &&
    situationService(ctx, previous.topic) &&
    coveredByTopic(ctx.kb, text, previous.topic) &&
    !placeOfRelatedService(ctx, result, reading, previous.topic)
  ) {
    saveContext(ctx, withoutOffer(previous));
    return answeredWith(ctx, result, previous.topic);
  }
  // Unsure alone but clear with the topic ("có cấp chứng chỉ không" after training): offer the topic first,
  // as a "did you mean", never as a confident answer, so a question that left the topic is not misanswered.
  const newGroup = reading.who !== null && reading.who !== previous?.who;
  // "Trung tâm làm gì" after the help entry asks about the center: the engine's reading (an entry about the center) stands.
  const aboutOther = result.entryId !== null && asksAboutCenterEntry(ctx.kb, reading, result.entryId);
  // "Hộ khẩu bà ở quê Nghệ An" after the elderly allowance: the engine refers the paper it names or places nothing,
  // but the person asks nothing; it is the conversation's person's circumstance, so the topic is offered. After a
  // "did you mean" nobody picked from too ("ổng có lương hưu 2tr" after the allowance was offered): the offer's first
  // topic is what the conversation is about, and the statement is about the same person.
  const circumstance =
    previous?.topic != null && !isOwnEntry(previous.topic)
      ? (statedCircumstance(ctx, text, result, reading, previous.topic) ??
        circumstanceThenAspect(ctx, text, result, previous.topic) ??
        statedHousehold(ctx, text, result, reading, previous.topic))
      : undefined;
  // "Bố em nằm viện, nhà nghèo, họ có giúp tiền viện phí không" after the hospitals' social work offices: "they" are
  // the topic's people, whatever the engine reads in the rest.
  const theirs =
    previous?.topic != null && !isOwnEntry(previous.topic) && result.entryId !== previous.topic && asksWhatTheyDo(text)
      ? { id: previous.topic, score: ctx.engine.suggestThreshold }
      : undefined;
  // "À mà hôm nay giá vàng bao nhiêu", "Also, where do I renew my residence card?": a message that opens by saying it
  // turns to a new matter is not filled in with the topic it leaves; the engine's own reading of it stands
  // (see src/nlp/topic-shift.ts).
  const near = opensNewMatter(text)
    ? undefined
    : (circumstance ??
      theirs ??
      (previous?.topic &&
      result.outcome !== 'answer' &&
      result.outcome !== 'referral' &&
      !result.asksNoService &&
      !newGroup &&
      !aboutOther &&
      !(afterGreeting && reading.aspect !== null)
        ? (answerNearTopic(ctx.kb, text, previous.topic, ctx.engine) ??
          unplacedQuestion(ctx, text, result, previous.topic))
        : undefined));
  // "Giấy giám hộ làm ở đâu" after the allowance, "gia vàng hôm nay bao nhiêu" after the center's card: clear alone,
  // it names business of its own that the center has no entry for, so the topic is not offered in its place; the
  // engine's own reading (the honest "no information yet", its own offer) stands. See src/nlp/own-business.ts.
  const ownBusiness =
    near !== undefined &&
    previous?.topic != null &&
    namesOwnBusiness(ctx.kb, text, previous.topic, result.blend?.outOfScope);
  // "Nếu dương tính thì điều trị thuốc ARV ở đâu" after HIV testing: a question the engine cannot place that says
  // another agency's cue with a word or two inside it (the engine's referral wants the cue word for word) has left the
  // topic, which never says that cue, for that agency's business: referred there, the topic not offered. Only a
  // question: "chị bị mất hết giấy tờ" after the trafficking support tells what the topic helps with.
  const looseCue =
    near !== undefined && previous?.topic != null && result.outcome === 'fallback' && asksSomething(text)
      ? agencyCueSaidLoosely(ctx.kb, text, previous.topic)
      : undefined;
  if (looseCue && previous) {
    saveContext(ctx, withoutOffer(previous));
    return { ...result, outcome: 'referral', entryId: null, referral: looseCue };
  }
  if (near && previous && !ownBusiness) {
    const others = [...(result.entryId ? [{ id: result.entryId, score: result.score }] : []), ...result.alternatives];
    // "Sau khi cai xong có chỗ học nghề không" after rehab: the engine all but answered vocational training alone;
    // its topic comes first, the conversation's second.
    const nearlySure =
      result.outcome === 'did-you-mean' &&
      result.entryId !== null &&
      result.score >= ctx.engine.answerThreshold - NEARLY_SURE_MARGIN;
    // "Mẹ chuyển lên sống với em thì làm sao" after the elderly allowance: how to get it done is what the topic's
    // `follow_ups` send elsewhere (the application), so that entry is offered first, the topic second. So does a call
    // ("muốn khiếu nại thì gọi đâu" after how to apply): the line the topic sends phone questions to comes first.
    // "Có giấy rồi thì nó có được lãnh tiền hàng tháng hông" after the certificate: the allowance it names comes first;
    // only a question ("nhắc ngày lĩnh trợ cấp cho mẹ" asks for a reminder), and not after the bot's own entries ("hỏi
    // về trợ cấp được không" after the help asks what can be asked).
    const routed =
      routedAspect(ctx, near.id, reading.filing ? 'apply' : reading.aspect) ??
      (reading.call && reading.aspect === 'contact' ? phoneLine(ctx, near.id) : undefined) ??
      (isOwnEntry(near.id) || !asksSomething(text)
        ? undefined
        : namedAllowance(ctx.kb, reading, near.id, previous.who));
    const topicFirst = routed ? [{ id: routed, score: near.score }, near] : [near];
    const [engineFirst, ...engineRest] = others;
    // "Vậy can thiệp ở đâu" after the disability certificate: moving on, it names the engine's topic (the autism
    // service) in words only that entry uses, so the engine's topic comes first too.
    // "Có lớp học nào cho người mới không" after volunteering: a service asked for that the topic itself sends to
    // another entry (its `related`), named by that entry's own words, is that entry's business: the engine's offer
    // comes first. Only a question: "ông tôi 78 tuổi ở một mình nghèo" after the allowance tells about the person.
    const named =
      engineFirst !== undefined &&
      (namesOtherEntry(ctx.kb, text, near.id, engineFirst.id) ||
        (asksSomething(text) && namesRelatedEntry(ctx.kb, text, near.id, engineFirst.id)));
    // "Hỏi được những gì" after "chào ad": the greeting answered nothing to go on with, so the engine's own offer (the
    // bot's help) comes before it; a bare "hỏi chút", which the engine offers nothing for, is still offered the greeting.
    const greetingOnly = afterGreeting && result.outcome === 'did-you-mean';
    // "Thứ mấy thì mở cửa" after the autism service, "where is the closest one" after HIV testing: the engine alone
    // offers the entry that answers that aspect after any topic (ASPECT_HOMES: the center's card for where and when),
    // and the topic's `follow_ups` send the aspect nowhere else, so the engine's offer is the one the follow-up means:
    // it comes first, the topic second.
    const aspectHome =
      result.outcome === 'did-you-mean' &&
      reading.aspect !== null &&
      ctx.kb.entries.get(near.id)?.follow_ups?.[reading.aspect] === undefined &&
      engineFirst !== undefined &&
      engineFirst.id !== near.id &&
      (ASPECT_HOMES[reading.aspect]?.includes(engineFirst.id) ?? false);
    const ordered =
      (nearlySure || named || greetingOnly || aspectHome) && engineFirst
        ? [engineFirst, ...topicFirst, ...engineRest]
        : [...topicFirst, ...others];
    const first = ordered[0] ?? near;
    const alternatives = ordered
      .filter((c, i) => i > 0 && c.id !== first.id && ordered.findIndex((o) => o.id === c.id) === i)
      .slice(0, ctx.engine.maxSuggestions - 1);
    const offer: AnswerResult = {
      ...result,
      referral: undefined,
      outcome: 'did-you-mean',
      entryId: first.id,
      score: first.score,
      alternatives,
    };
    saveContext(ctx, { ...withoutOffer(previous), ...offeredBy(offer) });
    return offer;
  }
  // "Ok cảm ơn nhiều", "👍", "tạm biệt nha": small talk the greeting answers (a thanks, an "ok", a goodbye) asks
  // nothing, so it does not become the topic: "vậy còn người khuyết tật thì sao" right after it is still about the
  // allowance, and "giờ em phải làm sao" after an emergency reply and a thanks is still about that danger.
  if (result.smallTalk !== undefined && previous) {
    saveContext(ctx, throughSmallTalk(previous));
  } else if ((result.outcome === 'answer' || result.outcome === 'did-you-mean') && result.entryId !== null) {
    saveContext(ctx, { ...contextAfterAnswer(previous, result.entryId, reading), ...offeredBy(result) });
  } else if (previous) {
    // A message the bot could not place is not silence: the topic stays, and so does its expiry.
    saveContext(ctx, withoutOffer(previous));
  }
  return result;
}

/**
 * The reading of a message that turns to another person ("còn mẹ tôi 72, bị mù hai mắt thì sao"), when the engine
 * neither refers it nor answers it with an entry heard for something other than the person (see `readPersonTurn`);
 * not after the bot's own entries, which are about no one.
 */
function turnToAnotherPerson(
  ctx: HandlerContext,
  text: string,
  result: AnswerResult,
  topic: string | null,
): FollowUpReading | undefined {
  if (topic === null || isOwnEntry(topic) || result.outcome === 'referral') return undefined;
  // Answered with the topic itself ("còn bố tôi 70 bị mù một mắt thì có làm được không" after the certificate), the
  // engine already read the turn as the conversation's question.
  if (result.outcome === 'answer' && result.entryId === topic) return undefined;
  const turn = readPersonTurn(ctx.kb, text, topic);
  if (!turn) return undefined;
  // After a service, the turn is read so only when nothing else places it: an entry the engine is sure of stands ("thế
  // còn ông ngoại cháu 86 tuổi nhưng đang hưởng lương hưu thì sao" is the elderly allowance), and so does one it offers
  // ("còn ổng nằm liệt vậy có được tiền khuyết tật hông" after the poverty services names the allowance). After the
  // allowance, neither does the group the engine heard in the details.
  if (!allowanceTopic(ctx.kb, topic)) return result.outcome === 'fallback' ? turn : undefined;
  const heard = result.outcome !== 'answer' || result.entryId === null;
  return heard || heardOnlyThePerson(ctx.kb, text, topic, result.entryId as string) ? turn : undefined;
}

/**
 * The context a turn to another person is read against. After the allowance, the person before is not the one asked
 * about now, so the group the turn names is a new group ("còn mẹ tôi 72" after the father's allowance asks for the mother's group, the
 * entry of the field that names it), even when it is the same group as before.
 */
function turnedFrom(
  context: ConversationContext | null,
  turn: FollowUpReading | undefined,
): ConversationContext | null {
  if (!context || !turn) return context;
  // After a service, the turn asks that service for the person, also when it was offered ("did you mean") rather than
  // answered: the offer's first topic is what the conversation is about.
  return turn.forWhom ? withoutOffer(context) : { ...context, who: null };
}

/** The engine's result made a plain answer with the given entry, at the answer threshold. */
function answeredWith(ctx: HandlerContext, result: AnswerResult, entryId: string): AnswerResult {
  return { ...result, outcome: 'answer', entryId, score: ctx.engine.answerThreshold, alternatives: [] };
}

/**
 * Aspects a whole question asks unmistakably, whose line it wants first ("làm giấy khuyết tật mất bao lâu"). Not the
 * cost, the amount or the phone: in a whole question their cues also describe ("số tổng đài miễn phí là bao nhiêu"
 * asks the number, not a fee), and a follow-up, whose every word is read, is where they are asked alone.
 */
const PRECISE_ASPECTS: ReadonlySet<Aspect> = new Set(['papers', 'place', 'duration', 'time']);

/** The longest whole question whose aspect leads the reply: longer messages tell a story, whose cues may be its own. */
const ASPECT_QUESTION_SYLLABLES = 20;

/**
 * The one aspect a message asks, whose line may lead the reply: a follow-up's
 * aspect after a topic ("ở đâu", "mất bao lâu"), or a whole question's when a cue of its own
 * asks a precise one. Eligibility and how to apply are what a whole answer is
 * about ("ba tôi 80 tuổi có được trợ cấp không" asks it with "được không"), so
 * only a follow-up leads with them. Null when none or several are asked ("giấy
 * tờ gì, nộp ở đâu": the whole answer says both).
 */
function askedAspect(text: string, reading: FollowUpReading, topic: string | null, shownAgain: boolean): Aspect | null {
  const aspect = reading.aspect;
  if (aspect === null) return null;
  // The entry whose whole answer the person just read, asked again with an aspect's cue ("gọi có mất tiền
  // không", "mấy giờ thì gọi được" after the hotline): the same screen again would not answer it; the line does.
  // "Gọi" cues the contact too, which that screen has just given, so a second cue does not stop it.
  if (shownAgain && tokenize(text).length <= ASPECT_QUESTION_SYLLABLES) return aspect;
  if (reading.aspectsAsked > 1) return null;
  if (reading.followUp && topic !== null) return aspect;
  const clear =
    reading.clearAspect && PRECISE_ASPECTS.has(aspect) && tokenize(text).length <= ASPECT_QUESTION_SYLLABLES;
  return clear ? aspect : null;
}

/**
 * An answer to a message that asks one aspect, led by the entry's line for it
 * (its `aspects`, or `aspects_en` for an English message: an English reply
 * never opens with a Vietnamese line). When the same entry's whole answer was
 * the previous reply ("cần giấy tờ gì" → "ở đâu" on the application), the reply
 * is that line and a pointer to the whole answer (`brief`), so the resident
 * reads what was asked instead of the same screen again. The context then
 * remembers the entry shown (`shown`); the topic chosen never changes here.
 */
async function withAspectLead(
  ctx: HandlerContext,
  text: string,
  result: AnswerResult,
  previous: ConversationContext | null,
  reading: FollowUpReading | undefined,
): Promise<AnswerResult> {
  if (result.outcome !== 'answer' || result.entryId === null) return result;
  const entry = ctx.kb.entries.get(result.entryId);
  if (!entry) return result;
  await rememberShown(ctx, entry.id);
  const shownAgain = previous?.shown === entry.id;
  const aspect = reading ? askedAspect(text, reading, previous?.topic ?? null, shownAgain) : null;
  const line = aspect === null ? undefined : (result.english ? entry.aspects_en : entry.aspects)?.[aspect];
  if (aspect === null || line === undefined) return result;
  return { ...result, aspectLead: { aspect, brief: shownAgain } };
}

/** Notes in the context that the entry's whole answer (or its line, after it) is what the person last read. */
async function rememberShown(ctx: HandlerContext, entryId: string): Promise<void> {
  const context = await loadContext(ctx);
  if (context) saveContext(ctx, { ...context, shown: entryId });
}

/** Kinship words that say a statement is about the person the conversation is for ("mẹ em", "bà", "ổng"). */
const KIN_WORDS: ReadonlySet<string> = new Set(['me', 'ma', 'ba', 'bo', 'cha', 'ong', 'chong', 'vo', 'chau', 'di']);

/** How near the start a kinship word makes the message about the person ("hộ khẩu bà ở quê"). */
const KIN_POSITIONS = 3;

/** Words that make a message a question rather than a statement (with "không", "chưa" and the like). */
const ASKING_WORDS: ReadonlySet<string> = new Set(['gi', 'sao', 'nao', 'dau', 'ai', 'may', 'nhieu', 'chi', 'mo', 'ha']);

/**
 * A statement about the conversation's person that the engine refers for a
 * word it names ("mẹ em đang ở Sài Gòn mà hộ khẩu ở Thanh Hóa" after the
 * application) or cannot place ("ba nó mất, nó ở với ông bà nội" after the
 * orphan's allowance): it asks nothing of another agency, so the topic is
 * offered (never answered), after the entry its `follow_ups` send getting it
 * done to when the statement is about that ("mẹ tôi mới chuyển vào ở với
 * tôi": the application); undefined for a question or a message about no one.
 */
function statedCircumstance(
  ctx: HandlerContext,
  text: string,
  result: AnswerResult,
  reading: FollowUpReading,
  topic: string,
): Candidate | undefined {
  if (
    (result.outcome !== 'referral' && result.outcome !== 'fallback') ||
    (reading.aspect !== null && !ROUTED_ASPECTS.has(reading.aspect)) ||
    reading.marker ||
    text.includes('?')
  )
    return undefined;
  const words = tokenize(text).map((t) => t.folded);
  return statesAbout(words, (w) => KIN_WORDS.has(w)) && words.length <= MAX_STATEMENT_SYLLABLES
    ? { id: topic, score: ctx.engine.suggestThreshold }
    : undefined;
}

/** True when the words are a statement (no question word) about someone `isSubject` names near the start. */
function statesAbout(words: readonly string[], isSubject: (word: string) => boolean): boolean {
  return words.slice(0, KIN_POSITIONS).some(isSubject) && !words.some((w) => ASKING_WORDS.has(w) || YES_OR_NO.has(w));
}

/** Punctuation between the clauses of a message ("tư vấn qua điện thoại được không, mẹ mình ngại đi"). */
const CLAUSE_BREAK = /[,;]/;

/**
 * "Tư vấn qua điện thoại được không, mẹ mình ngại đi": a follow-up clause beside
 * clauses that only tell about the person (a kinship or self word near their
 * start, no question word) is read as that follow-up; the person's
 * circumstances say why it is asked, not what (the whole message has words
 * beyond a follow-up's, so it would be read as a new question). Undefined when
 * there is no topic, one clause, no clause or two that are follow-ups, or another
 * clause that asks something itself. The caller skips it for a message the
 * engine refers ("thôi em đi tìm việc luôn, hỏi ở đâu": the statement is the
 * question, another agency's).
 */
function questionClause(
  ctx: HandlerContext,
  text: string,
  topic: string | null | undefined,
): FollowUpReading | undefined {
  const clauses = text.split(CLAUSE_BREAK).filter((c) => tokenize(c).length > 0);
  if (clauses.length < 2 || topic == null) return undefined;
  const readings = clauses.map((c) => readFollowUp(ctx.kb, c, topic));
  const asking = readings.filter((r) => r.followUp);
  if (asking.length !== 1) return undefined;
  const told = clauses.every(
    (c, i) =>
      readings[i]?.followUp ||
      statesAbout(
        tokenize(c).map((t) => t.folded),
        (w) => KIN_WORDS.has(w) || SELF_WORDS.has(w),
      ),
  );
  return told ? asking[0] : undefined;
}

/** "Thì" between a statement and the question it leads to ("mẹ em mới chuyển nhà thì làm ở đâu"). */
const THEN = 'thi';

/** Who may be the subject of the statement before "thì": the person asking ("mình ở trọ…") besides kin. */
const SELF_WORDS: ReadonlySet<string> = new Set(['minh', 'em', 'toi', 'tui', 'tao']);

/**
 * "Mẹ em mới chuyển nhà vào Bình Dương thì làm lại ở đâu", "mình ở trọ, hộ
 * khẩu ở quê thì nộp ở đâu" after the application: a statement about the
 * person, then "thì" and a bare question of an aspect. The engine reads the
 * statement's words (a province, the residence book) and refers or places
 * nothing; the question is the topic's, in those circumstances, so the topic
 * is offered (never answered); so does a bare "sao" after a statement about
 * a relative ("ông sống ở xã miền núi thì sao"). Undefined when the part before
 * "thì" asks something itself or the part after names more than an aspect.
 */
function circumstanceThenAspect(
  ctx: HandlerContext,
  text: string,
  result: AnswerResult,
  topic: string,
): Candidate | undefined {
  if ((result.outcome !== 'referral' && result.outcome !== 'fallback') || text.includes('?')) return undefined;
  const tokens = tokenize(text);
  const split = tokens.findIndex((t, i) => i >= KIN_POSITIONS && t.folded === THEN);
  if (split < 0 || tokens.length > MAX_STATEMENT_SYLLABLES) return undefined;
  const head = tokens.slice(0, split).map((t) => t.folded);
  const statement = statesAbout(head, (w) => KIN_WORDS.has(w) || SELF_WORDS.has(w));
  // "Ổng mất giấy căn cước thì làm sao nộp hồ sơ": a paper to have made again is another agency's business first.
  const headText = tokens
    .slice(0, split)
    .map((t) => t.text)
    .join(' ');
  if (!statement || readFollowUp(ctx.kb, headText, topic).makesPaper) return undefined;
  const question = readFollowUp(
    ctx.kb,
    tokens
      .slice(split + 1)
      .map((t) => t.text)
      .join(' '),
    topic,
  );
  // "Ông sống ở xã miền núi thì sao": a bare "sao" after "thì" asks the conversation's question again for the person
  // told of, a relative ("tôi thất nghiệp thì sao" tells of the speaker's own need, often another agency's).
  const again =
    question.marker && !question.topicWords && question.who === null && statesAbout(head, (w) => KIN_WORDS.has(w));
  const bare =
    (again || (question.followUp && question.aspect !== null)) && question.who === null && !question.makesPaper;
  return bare ? { id: topic, score: ctx.engine.suggestThreshold } : undefined;
}

/** Folded words that say a household is poor or near-poor ("nhà cận nghèo", "hộ nghèo"). */
const POOR_HOUSEHOLD = 'ngheo';

/**
 * "Em 17 tuổi, nhà cận nghèo" after free vocational training, "nhà tôi thuộc hộ
 * cận nghèo" after the elderly allowance: a statement that the household is poor
 * tells the circumstances the topic's question depends on; it asks
 * nothing of the poverty services, which the engine alone reads it as. The topic
 * is offered first (never answered), the engine's reading second; not after the
 * topic of the poor themselves or after what the center does (a list of every
 * service, among them the poor's), and not for a question.
 */
function statedHousehold(
  ctx: HandlerContext,
  text: string,
  result: AnswerResult,
  reading: FollowUpReading,
  topic: string,
): Candidate | undefined {
  if (result.outcome === 'referral' || result.entryId === topic || reading.aspect !== null || reading.marker)
    return undefined;
  if (text.includes('?') || asksYesOrNo(text)) return undefined;
  const words = tokenize(text).map((t) => t.folded);
  const poorTopic =
    topic === centerWorkEntry(ctx.kb) ||
    tokenize(ctx.kb.entries.get(topic)?.title ?? '').some((t) => t.folded === POOR_HOUSEHOLD);
  const stated =
    !poorTopic &&
    words.includes(POOR_HOUSEHOLD) &&
    !words.some((w) => ASKING_WORDS.has(w)) &&
    words.length <= MAX_STATEMENT_SYLLABLES;
  return stated ? { id: topic, score: ctx.engine.suggestThreshold } : undefined;
}

/**
 * "Có lớp hướng dẫn người chăm sóc không" after the elderly services: a
 * yes-or-no question among words the engine cannot place at all asks whether
 * the topic includes something, offered (never answered) as a "did you mean";
 * not after the bot's own entries (greeting, help, the center's and the phone
 * lines'), which are about nothing to go on with.
 */
function unplacedQuestion(
  ctx: HandlerContext,
  text: string,
  result: AnswerResult,
  topic: string,
): Candidate | undefined {
  const unplaced =
    result.outcome === 'fallback' &&
    asksYesOrNo(text) &&
    !isOwnEntry(topic) &&
    tokenize(text).length <= UNPLACED_QUESTION_SYLLABLES;
  return unplaced ? { id: topic, score: ctx.engine.suggestThreshold } : undefined;
}

/** Whether other entries send their how-to-apply questions to this one (the application). */
function isApplication(ctx: HandlerContext, topic: string): boolean {
  return [...ctx.kb.entries].some(([id, entry]) => id !== topic && entry.follow_ups?.apply === topic);
}

/** Whether the topic's `follow_ups` send some aspect to this entry, another than the topic. */
function sentByTopic(ctx: HandlerContext, topic: string, entryId: string | null): boolean {
  const sent = ctx.kb.entries.get(topic)?.follow_ups;
  return entryId !== null && sent !== undefined && Object.values(sent).includes(entryId);
}

/**
 * The entry a topic's `follow_ups` send an aspect of getting it done to, when
 * it is another entry ("làm sao" after the elderly allowance is the
 * application); undefined when none is asked or the topic keeps that aspect.
 */
function routedAspect(ctx: HandlerContext, topic: string, aspect: Aspect | null): string | undefined {
  const target =
    aspect === null || !ROUTED_ASPECTS.has(aspect) ? undefined : ctx.kb.entries.get(topic)?.follow_ups?.[aspect];
  return target !== undefined && target !== topic && ctx.kb.entries.has(target) ? target : undefined;
}

/**
 * The phone line a topic sends its phone questions to (its `follow_ups`, the hotline by default), when it is another
 * entry than the topic.
 */
function phoneLine(ctx: HandlerContext, topic: string): string | undefined {
  const line = ctx.kb.entries.get(topic)?.follow_ups?.contact ?? ENTRY_IDS.hotline;
  return line !== topic && ctx.kb.entries.has(line) ? line : undefined;
}

/** The topics a "did you mean" shows, in its buttons' order, to be picked by the next message. */
function offeredBy(result: AnswerResult): Pick<ConversationContext, 'offered' | 'numbered'> {
  if (result.outcome !== 'did-you-mean' || result.entryId === null) return {};
  // After a safety check-in its own two buttons come first: "2" there is not the second topic.
  return { offered: [result.entryId, ...result.alternatives.map((c) => c.id)], numbered: !result.concern };
}

/**
 * The one offered topic another offered topic's `follow_ups` send an aspect
 * to ("mức tiền" after the allowance topics is the amount, "cái cách đăng ký"
 * the application); undefined when none or several.
 */
function offeredForAspect(ctx: HandlerContext, offered: readonly string[], aspect: Aspect): string | undefined {
  const targets = new Set(
    offered.flatMap((id) => {
      const target = ctx.kb.entries.get(id)?.follow_ups?.[aspect];
      return target !== undefined && offered.includes(target) ? [target] : [];
    }),
  );
  return targets.size === 1 ? [...targets][0] : undefined;
}

/**
 * The context a thanks, an "ok" or a goodbye leaves: the topic, the person, the aspect and the danger state as they
 * were (a thanks after an emergency reply does not end the emergency: what comes next may still be about it); only a
 * pending "did you mean" is dropped, since the small talk answered it with nothing.
 */
function throughSmallTalk(context: ConversationContext): ConversationContext {
  const { offered: _offered, numbered: _numbered, ...kept } = context;
  return kept;
}

/** The context without a "did you mean"'s topics: they answer one message only. */
function withoutOffer(context: ConversationContext): ConversationContext {
  return { topic: context.topic, who: context.who, what: context.what };
}

/**
 * The reply to a "did you mean" that picks one of its topics ("2", "cái thứ
 * hai", "trợ cấp người già"): that topic's answer. A number always picks; words
 * pick unless the message is clearly a question of its own, answered
 * confidently elsewhere or by another agency. Undefined otherwise: the message
 * is read afresh.
 */
async function pickFromOffered(
  ctx: HandlerContext,
  text: string,
  result: AnswerResult,
  previous: ConversationContext,
  reading: FollowUpReading,
): Promise<AnswerResult | undefined> {
  const offered = previous.offered ?? [];
  // "Cái thứ 2, cách đăng ký ấy": the words describing the topic pick it; the position only when they pick none.
  const described = previous.numbered !== false ? describedPosition(text, offered.length) : undefined;
  if (described) {
    const { description, position } = described;
    const byWords = await pickFromOffered(
      ctx,
      description,
      result,
      previous,
      readFollowUp(ctx.kb, description, previous.topic),
    );
    return byWords ?? pickFromOffered(ctx, position, result, previous, readFollowUp(ctx.kb, position, previous.topic));
  }
  const chosen = pickOffered(ctx.kb, text, offered, ctx.engine, previous.numbered !== false);
  // "Mức tiền", "cái cách đăng ký á": the aspect asked is what one of the offered topics answers.
  // A message that names the allowance asks about the allowance, whichever topic was offered first.
  const byAspect =
    reading.aspect === null ||
    reading.allowance ||
    !(reading.followUp || tokenize(text).length <= SHORT_ASPECT_SYLLABLES)
      ? undefined
      : offeredForAspect(ctx, offered, reading.aspect);
  // "Còn khuyết tật nhẹ thì sao", "cho người khuyết tật": a question about the topic or a group, read as a follow-up.
  const fragment = reading.aspect === null && !reading.marker && reading.who === null;
  // In order: a number or a title's words; the aspect one of them answers; a bare fragment's best fit.
  const pick: { id: string; by: 'position' | 'words' | 'aspect' | 'fragment' } | undefined =
    chosen && chosen.by !== 'fragment'
      ? chosen
      : byAspect !== undefined
        ? { id: byAspect, by: 'aspect' }
        : chosen && fragment
          ? chosen
          : undefined;
  if (!pick || !ctx.kb.entries.has(pick.id)) return undefined;
  // "Còn tổng đài cho trẻ em là số nào" after the hotline was offered: "còn" and a new group ask the question again
  // for that group, which neither the title's words ("tổng đài") nor the aspect ("số nào") answer: a follow-up.
  const regrouped = reading.marker && reading.who !== null && reading.who !== previous.who;
  if (regrouped && (pick.by === 'words' || pick.by === 'aspect')) return undefined;
  const elsewhere =
    result.outcome === 'referral' ||
    (result.outcome === 'answer' &&
      result.entryId !== null &&
      !offered.includes(result.entryId) &&
      result.score >= ctx.engine.answerThreshold);
  // "Người già" after "trợ cấp" was offered: a bare fragment answers the offer, whatever it would mean alone.
  const bare =
    pick.by === 'fragment' &&
    offered.length > 1 &&
    tokenize(text).length <= BARE_FRAGMENT_SYLLABLES &&
    result.outcome !== 'referral';
  if (pick.by !== 'position' && elsewhere && !bare) return undefined;
  saveContext(ctx, { topic: pick.id, who: previous.who, what: pick.by === 'aspect' ? reading.aspect : null });
  return {
    ...result,
    outcome: 'answer',
    entryId: pick.id,
    score: Math.max(result.entryId === pick.id ? result.score : 0, ctx.engine.answerThreshold),
    alternatives: [],
  };
}

/** The last word of a yes-or-no question, folded, with its chat spellings ("ko", "k", "hông"). */
const YES_OR_NO = new Set(['khong', 'ko', 'k', 'kg', 'hong', 'hok', 'chua']);

/** Particles that may close a question after its last word ("không ạ", "ko ad", "hông nha"). */
const TRAILING_PARTICLES = new Set(['a', 'ad', 'ah', 'nha', 'nhe', 'nhen', 'vay', 'z', 'v', 'the', 'ta', 'ne']);

/**
 * Whether a message, or one of its clauses, ends as a yes-or-no question ("có
 * lớp hướng dẫn người chăm sóc không", "có phải đi lại nhiều không, bà yếu lắm").
 */
function asksYesOrNo(text: string): boolean {
  return text.split(/[,;.]/).some((clause) => {
    const words = tokenize(clause).map((t) => t.folded);
    while (words.length > 1 && TRAILING_PARTICLES.has(words.at(-1) as string)) words.pop();
    return YES_OR_NO.has(words.at(-1) ?? '');
  });
}

/** English question words: beside a thanks they ask something ("thanks, where do I go"). */
const ENGLISH_ASKING: ReadonlySet<string> = new Set('what where when how who which why can could'.split(' '));

/** The longest message read as a thanks that says what it is for ("cảm ơn bạn đã giúp mẹ con em nhiều lắm"). */
const THANKS_FOR_SYLLABLES = 12;

/**
 * "Ok, thank you for your help.", "cảm ơn vì đã trả lời mình": a thanks (as the greeting's small talk reads it, said
 * anywhere) with words of what it is for, that asks nothing: no aspect, no group, no question word, no "?", no
 * yes-or-no ending. The closing reading wants every word to be one of thanks; the words of what one thanks for made
 * it a "did you mean" of the topic, or the fallback. It closes as a bare thanks does (the goodbye; the topic stays).
 * Only for what the engine did not answer, and after the danger checks (a thanks beside acting on a danger, "cảm ơn,
 * em gọi 113 rồi", is read there first).
 */
function thanksWithNothingAsked(
  ctx: HandlerContext,
  text: string,
  result: AnswerResult,
  reading: FollowUpReading,
): boolean {
  if (result.outcome === 'answer' || reading.aspect !== null || reading.who !== null || text.includes('?'))
    return false;
  const tokens = tokenize(text);
  if (tokens.length > THANKS_FOR_SYLLABLES || asksYesOrNo(text)) return false;
  if (tokens.some((t) => ASKING_WORDS.has(t.folded) || ENGLISH_ASKING.has(t.folded))) return false;
  const said = readSmallTalk(ctx.kb, text);
  return said === 'thanks' || said === 'goodbye';
}

/** The question words as typed with their accents: "chị" (a sister) folds to "chi" (central "what") but asks nothing. */
const ASKING_FORMS: ReadonlySet<string> = new Set(['gì', 'sao', 'nào', 'đâu', 'ai', 'mấy', 'nhiêu', 'chi', 'mô', 'hả']);

/** Whether a message asks something: a "?", a question word (typed without accents, or with its own), a yes-or-no ending. */
function asksSomething(text: string): boolean {
  const asking = (t: Token) => ASKING_WORDS.has(t.folded) && (t.plain || ASKING_FORMS.has(t.text));
  return text.includes('?') || asksYesOrNo(text) || tokenize(text).some(asking);
}

/** Whether an entry is one the code itself refers to (greeting, help, the center's card, the phone lines). */
function isOwnEntry(entryId: string): boolean {
  return Object.values(ENTRY_IDS).some((id) => id === entryId);
}

/**
 * "Có chỗ nào cho cháu học nghề không" after the trafficking support: the topic's answer lists learning a trade among
 * its help but says nowhere where; the entry the topic sends that service to (its `related`: vocational training),
 * which the engine answers the question with confidently, does. A place asked for such a service is that entry's.
 */
function placeOfRelatedService(
  ctx: HandlerContext,
  result: AnswerResult,
  reading: FollowUpReading,
  topic: string,
): boolean {
  if (reading.aspect !== 'place' || result.outcome !== 'answer' || result.entryId === null) return false;
  if (result.score < ctx.engine.answerThreshold) return false;
  return (ctx.kb.entries.get(topic)?.related ?? []).includes(result.entryId);
}

/**
 * Whether an entry is the service of a safeguarding situation (trafficking,
 * violence…), not a phone line: its answer lists the help it gives, which
 * people then ask about one by one.
 */
function situationService(ctx: HandlerContext, entryId: string): boolean {
  if (isOwnEntry(entryId)) return false;
  return Object.values(ctx.kb.safeguarding.text.situations).some((s) => s?.entry === entryId);
}

/** Words asking what help is given ("hỗ trợ gì", "giúp gì", "tư vấn"), in `centerServiceAfterLine`. */
const HELP_WORDS = ['ho tro', 'giup', 'tu van', 'help', 'support'];

/**
 * The center's own service after a phone line that a safeguarding situation answers with (the child protection line,
 * 111, for a child's abuse): a question about what the center helps with is that situation's first service (its
 * `also`), not the line again. Only a short question that asks for help; undefined otherwise.
 */
function centerServiceAfterLine(ctx: HandlerContext, text: string, topic: string): string | undefined {
  const title = ctx.kb.entries.get(topic)?.title;
  if (!title || !hasCue(foldedWords(title), PHONE_LINE_NAMES)) return undefined;
  const words = foldedWords(text);
  if (words.length > DANGER_FOLLOW_UP_SYLLABLES || !asksSomething(text)) return undefined;
  if (!hasCue(words, HELP_WORDS)) return undefined;
  const situation = Object.values(ctx.kb.safeguarding.text.situations).find((s) => s?.entry === topic);
  return situation?.also.find((id) => id !== topic && ctx.kb.entries.has(id));
}

/** A text's folded syllables. */
function foldedWords(text: string): string[] {
  return tokenize(text).map((t) => t.folded);
}

/**
 * After a safeguarding reply, the situation's service entry becomes the topic
 * ("có hỗ trợ tâm lý không" after a trafficking disclosure is about that
 * service). Called after the reply is made, so it never changes it.
 */
export async function rememberSafeguardingTopic(ctx: HandlerContext, result: AnswerResult): Promise<void> {
  const situation = result.safeguarding
    ? ctx.kb.safeguarding.text.situations[result.safeguarding.situation]
    : undefined;
  if (!situation?.entry || !ctx.kb.entries.has(situation.entry)) return;
  const previous = await loadContext(ctx);
  saveContext(ctx, {
    topic: situation.entry,
    who: previous?.who ?? null,
    what: null,
    // Danger now: the next message may still be about it ("giờ làm gì"), see `stillInDanger`.
    // A disclosure of harm a person does: the next message may place the one harmed with them now.
    ...(result.outcome === 'disclosure' && result.safeguarding && DOER_SITUATIONS.has(result.safeguarding.situation)
      ? {
          disclosed: held(result.safeguarding),
        }
      : {}),
    ...(result.outcome === 'crisis' && result.safeguarding
      ? {
          danger: true,
          dangerOf: held(result.safeguarding),
        }
      : {}),
  });
}

/** What the context holds of a safeguarding result for the next message. */
function held(result: SafeguardingResult): HeldSituation {
  return { situation: result.situation, numbers: result.numbers, child: result.child, english: result.english };
}

/** The longest "what now" ("giờ sao", "rồi giờ sao đây") read as still about the danger without a word of acting. */
const WHAT_NOW_SYLLABLES = 4;

/** The longest message read as still about the danger just answered. */
const DANGER_FOLLOW_UP_SYLLABLES = 16;

/**
 * Words that move past the danger to what comes after it ("sau vụ này", "mai
 * mốt", "khi nó về được", "lâu dài"): such a message asks about the service,
 * not the emergency. Accented as written; typed without accents, the folded
 * form counts.
 */
const LATER_WORDS = accentedWords(['sau', 'mai', 'mốt', 'khi', 'lâu', 'tương', 'after', 'later']);

/** Aspects asked of a line or a service, not of the danger: its hours, cost, secrecy, papers, amount. */
const CALM_ASPECTS: ReadonlySet<Aspect> = new Set(['time', 'cost', 'privacy', 'papers', 'amount', 'duration']);

/** Words telling the danger is over: back home, safe, out of it ("giờ về rồi", "em thoát được rồi"). */
const SAFE_NOW_WORDS = accentedWords(['về', 'ổn', 'thoát', 'safe']);

/** Words that deny what follows ("không ổn", "chưa an toàn", "ko on", "not safe"). */
const NEGATIONS = accentedWords(['không', 'ko', 'k', 'hông', 'hong', 'chưa', 'chẳng', 'chả', 'not', 'no', "isn't"]);

/** How far before a word of safety a negation denies it ("không thấy ổn"). */
const NEGATION_REACH = 2;

/**
 * Whether the message tells the danger is over ("giờ về rồi", "em an toàn rồi", "thoát được rồi"), not denied ("em
 * không ổn chút nào", "chưa an toàn": those are the danger still going on).
 */
function toldSafe(tokens: readonly Token[]): boolean {
  return safetyWords(tokens).some((denied) => !denied);
}

/** Whether the message denies being safe ("em không ổn chút nào", "chưa an toàn"): the danger goes on. */
function deniedSafe(tokens: readonly Token[]): boolean {
  return safetyWords(tokens).some((denied) => denied);
}

/** For each word of safety in the message, whether a negation just before it denies it. */
function safetyWords(tokens: readonly Token[]): boolean[] {
  const found: boolean[] = [];
  tokens.forEach((t, i) => {
    // "Cam on" is the thanks "cảm ơn" typed without accents, not "ổn" (fine): "cam on ad da tra loi e" after an
    // emergency reply thanks, it tells no safety.
    if (t.folded === THANKS[1] && tokens[i - 1]?.folded === THANKS[0]) return;
    if (typedIn(t, SAFE_NOW_WORDS) || (t.folded === 'an' && tokens[i + 1]?.folded === 'toan'))
      found.push(tokens.slice(Math.max(0, i - NEGATION_REACH), i).some((n) => typedIn(n, NEGATIONS)));
  });
  return found;
}

/**
 * Right after an emergency reply, a message that tells the danger is over ("em chạy sang nhà hàng xóm rồi, an toàn
 * rồi"): the situation then answered, for the reply the "Tôi đang an toàn" button gives; the context forgets the
 * danger. Undefined otherwise (a question, a denial, no emergency just answered).
 */
export async function safeAfterDanger(
  ctx: HandlerContext,
  text: string,
): Promise<{ situation: SituationId; english: boolean } | undefined> {
  // Called for every text message: the words first, so a message that tells no safety reads no session.
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > DANGER_FOLLOW_UP_SYLLABLES || !toldSafe(tokens)) return undefined;
  if (text.includes('?') || asksYesOrNo(text) || tokens.some((t) => ASKING_WORDS.has(t.folded))) return undefined;
  const previous = await loadContext(ctx);
  const danger = previous?.dangerOf;
  if (!previous || !danger) return undefined;
  const { danger: _d, dangerOf: _o, ...rest } = previous;
  saveContext(ctx, withoutOffer(rest));
  return { situation: danger.situation, english: danger.english };
}

/** Whether the words speak of later ("sau vụ này", "mai", "lâu dài"); "khi nào" asks when, it is no later. */
function saysLater(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => typedIn(t, LATER_WORDS) && !(t.folded === 'khi' && tokens[i + 1]?.folded === 'nao'));
}

/**
 * "Sau vụ này chị ấy muốn được tư vấn lâu dài thì tìm ai", "sau vụ này mẹ con chị ấy có chỗ nào tạm lánh không" right
 * after an emergency reply: what comes after the danger, which the engine alone cannot place, asks about the help
 * the situation's service gives (the conversation's topic after the emergency). Someone just out of danger should get
 * that help itself, not a "did you mean" or "no information yet"; so it is answered. Only within the danger
 * follow-up's length, and only with a word of later: without one, `stillInDanger` reads the message.
 */
function afterTheDanger(
  ctx: HandlerContext,
  text: string,
  result: AnswerResult,
  previous: ConversationContext,
): string | undefined {
  if (!previous.danger || previous.topic == null || !situationService(ctx, previous.topic)) return undefined;
  if (result.outcome !== 'fallback' && result.outcome !== 'did-you-mean') return undefined;
  const tokens = tokenize(text);
  if (tokens.length > DANGER_FOLLOW_UP_SYLLABLES || !saysLater(tokens)) return undefined;
  return previous.topic;
}

/**
 * Words of acting on a danger now: calling, telling the police, stepping in, what to do ("làm gì", "lm s"), running
 * there ("nhà nó ở Gò Vấp, em chạy qua được không" after a friend's farewell message: conversations-train11).
 */
const ACT_NOW_WORDS = accentedWords(['gọi', 'báo', 'số', 'nên', 'cứu', 'làm', 'lm', 'chạy', 'call', 'police']);

/** Reporting, and asking for help now, in `asksWhereToReport`. */
const REPORT_WORDS = accentedWords(['báo']);
const NOW_WORDS = accentedWords(['giờ', 'ngay', 'gọi']);

/**
 * Whether a message right after an emergency reply is still about the danger:
 * the engine answers nothing else confidently nor refers it, it is short, and
 * it does not speak of later ("khi nào" asks when, which may be now). Writers of
 * conversations-train9 expected the emergency numbers again for "giờ em gọi số
 * nào", "tôi đang đứng cạnh bé, giờ làm gì", "bố mẹ e ko có nhà", "e gọi 113 r":
 * repeating the numbers to someone in danger costs nothing, a did-you-mean
 * about a service does.
 */
function stillInDanger(
  ctx: HandlerContext,
  text: string,
  result: AnswerResult,
  reading: FollowUpReading,
): 'statement' | 'question' | undefined {
  if (result.outcome === 'referral') return undefined;
  if (
    result.outcome === 'answer' &&
    result.entryId !== ENTRY_IDS.emergency &&
    result.score >= ctx.engine.answerThreshold
  )
    return undefined;
  // "Gọi giờ nào", "có giữ kín tên người báo không": the hours, cost or secrecy of a line is asked calmly, of the line.
  if (reading.aspect !== null && CALM_ASPECTS.has(reading.aspect)) return undefined;
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > DANGER_FOLLOW_UP_SYLLABLES) return undefined;
  const later = saysLater(tokens);
  // "Em không ổn chút nào", "chưa an toàn": not a question, whatever "nào" says; the danger goes on.
  if (deniedSafe(tokens)) return 'statement';
  // "Giờ về rồi", "em an toàn rồi": the danger is told as over.
  if (later || toldSafe(tokens)) return undefined;
  // A statement ("bố mẹ e ko có nhà", "e gọi 113 r") goes on telling the danger; a question stays on it only when it
  // asks what to do, whom to call or to tell ("có cần báo công an hông"), not about a service ("có lớp … không").
  // "Không ai hiểu tôi cả": "không ai" is nobody, no question.
  const asks =
    text.includes('?') ||
    asksYesOrNo(text) ||
    tokens.some(
      (t, i) => ASKING_WORDS.has(t.folded) && !(t.folded === 'ai' && YES_OR_NO.has(tokens[i - 1]?.folded ?? '')),
    );
  if (!asks) return 'statement';
  // "Giờ sao", "rồi giờ sao": what now, asked in a word or two, is still about the danger.
  const whatNow = tokens.length <= WHAT_NOW_SYLLABLES && tokens.some((t) => typedIn(t, NOW_WORDS));
  return whatNow || tokens.some((t) => typedIn(t, ACT_NOW_WORDS)) ? 'question' : undefined;
}

/**
 * Whether the message read alone gets a safety check-in (a concern on a did-you-mean or fallback) and every cue heard
 * is a worry of its own kind (`concern.own_kind` in knowledge/safeguarding.yaml: a pregnancy feared, a low mood).
 */
function concernOfItsOwn(ctx: HandlerContext, result: AnswerResult): boolean {
  const concern = result.concern;
  const ownKind = ctx.kb.safeguarding.text.concern.own_kind;
  if (!concern || (result.outcome !== 'did-you-mean' && result.outcome !== 'fallback')) return false;
  return concern.cues.length > 0 && concern.cues.every((cue) => ownKind.includes(cue.slice(0, cue.indexOf(':'))));
}

/** "Which number do I call?", "who should I call now", "so what number do I dial": the bare English question. */
const WHICH_NUMBER_EN =
  /^(?:(?:so|and|then|ok|okay|now)\s+)*(?:(?:which|what)\s+numbers?\s+(?:do|should|can|must)\s+(?:i|we)\s+(?:call|dial|ring)|who\s+(?:do|should|can|must)\s+(?:i|we)\s+call)(?:\s+(?:now|right now|first|then))?$/;

function asksWhichNumberInEnglish(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .trim()
    .split(/\s+/)
    .join(' ');
  return WHICH_NUMBER_EN.test(words);
}

/** Words around the bare Vietnamese "which number": now, the writer, a marker, a polite ending ("giờ em", "ạ", "ad"). */
const WHICH_NUMBER_FILLER = accentedWords([
  'giờ',
  'bây',
  'h',
  'vậy',
  'thế',
  'rứa',
  'thì',
  'em',
  'e',
  'tôi',
  'tui',
  'mình',
  'mk',
  'phải',
  'nên',
  'ạ',
  'a',
  'ad',
  'ơi',
  'đây',
  'ngay',
  'nhỉ',
  'ok',
  'dạ',
]);
const CALL_WORDS = accentedWords(['gọi', 'call']);
const NUMBER_WORDS = accentedWords(['số']);
/** "Nào", "mấy", "gì", "mô" after "số": which number; "ai" after "gọi": whom. */
const WHICH_WORDS = accentedWords(['nào', 'mấy', 'gì', 'j', 'mô']);
const WHOM_WORDS = accentedWords(['ai']);
/** The longest bare "which number" question, fillers included ("giờ em phải gọi số nào ạ"). */
const WHICH_NUMBER_SYLLABLES = 8;

/**
 * "Gọi số nào", "goi so nao ad", "giờ em gọi ai", "số mấy ạ": the bare Vietnamese question of which number to call,
 * nothing else asked (no service, no later, no line's hours or cost: "gọi số nào để đặt lịch" is not it). Read only
 * right after an emergency reply, where it asks for that emergency's numbers again (conversations-train10,
 * conversations-train13: the hotline answered it, a phone line for counselling in the middle of a danger).
 */
function asksWhichNumberInVietnamese(text: string): boolean {
  const all = tokenize(text);
  if (all.length > WHICH_NUMBER_SYLLABLES) return false;
  const words = all.filter((t) => !typedIn(t, WHICH_NUMBER_FILLER));
  const called = words[0] !== undefined && typedIn(words[0], CALL_WORDS);
  const [head, tail, ...more] = called ? words.slice(1) : words;
  if (head === undefined || more.length > 0) return false;
  // "Gọi ai": whom to call.
  if (tail === undefined) return called && typedIn(head, WHOM_WORDS);
  // "(Gọi) số nào", "số mấy": which number.
  return typedIn(head, NUMBER_WORDS) && typedIn(tail, WHICH_WORDS);
}

/** A situation's emergency reply, raised by the conversation (`cue` says why): its own numbers first. */
function crisisAgain(
  ctx: HandlerContext,
  result: AnswerResult,
  situation: NonNullable<ConversationContext['dangerOf']>,
  cue: string,
): AnswerResult {
  return {
    ...result,
    outcome: 'crisis',
    entryId: ENTRY_IDS.emergency,
    score: ctx.engine.answerThreshold,
    alternatives: [],
    safeguarding: { ...situation, situations: [situation.situation], outcome: 'danger-now', cues: [cue] },
  };
}

/** Disclosures of harm a person does to another, after which that person's presence now is danger now. */
const DOER_SITUATIONS: ReadonlySet<SituationId> = new Set(['child-abuse', 'sexual-assault', 'violence']);

/**
 * Words that point at the doer of a harm just disclosed, as a third person kept at a distance ("ổng", "hắn", "ông
 * ta", "lão", "gã", "bả", "mụ", "him"). With accents only: typed without them, "ong", "ba" and "han" are also a
 * grandfather, a father and a deadline ("nó đang ở với ông" is with the grandfather).
 */
const DOER_WORDS: ReadonlySet<string> = new Set(['ổng', 'hắn', 'lão', 'gã', 'bả', 'mụ', 'him']);
const DOER_PAIRS: readonly (readonly [string, string])[] = [
  ['ông', 'ta'],
  ['ông', 'ấy'],
  ['bà', 'ta'],
  ['thằng', 'đó'],
  ['thằng', 'kia'],
  ['thằng', 'đấy'],
];

/** Now, or tonight: the time the one harmed is with the doer ("đang", "giờ", "hiện", "tối nay", "now"). */
const WITH_NOW_WORDS = accentedWords(['đang', 'giờ', 'hiện', 'nay', 'now', 'tonight']);

/** "Với" (with), and "một mình" (alone) before it. */
const WITH_WORDS = accentedWords(['với', 'with']);

/**
 * Whether a message places the one harmed in a disclosure with the doer now ("nó đang ở nhà một mình với ổng",
 * "giờ con bé ở với hắn", "she is alone with him now"): a short statement with a time of now, "với" or "with"
 * followed by a word for the doer, or alone with anyone ("đang ở một mình với chú"). Not when it is denied ("không
 * còn ở với ổng"), told safe ("giờ ở với bà ngoại, an toàn rồi") or later ("mai nó về ở với ổng"): those stay
 * with the disclosure's service. The disclosure told the harm; the message tells it can happen again right now,
 * which is what danger now means (conversations-train10: a child alone with the stepfather she just accused).
 */
function withTheDoerNow(text: string): boolean {
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > DANGER_FOLLOW_UP_SYLLABLES) return false;
  if (!tokens.some((t) => typedIn(t, WITH_NOW_WORDS))) return false;
  if (tokens.some((t) => typedIn(t, NEGATIONS) || typedIn(t, LATER_WORDS)) || toldSafe(tokens)) return false;
  return tokens.some((t, i) => {
    if (!typedIn(t, WITH_WORDS)) return false;
    const next = tokens[i + 1];
    const alone =
      (tokens[i - 2]?.folded === 'mot' && tokens[i - 1]?.folded === 'minh') || tokens[i - 1]?.folded === 'alone';
    if (alone && next !== undefined) return true;
    if (next === undefined) return false;
    return (
      DOER_WORDS.has(next.text) ||
      DOER_PAIRS.some(([a, b]) => next.text === a && tokens[i + 2]?.text === b) ||
      (next.text === 'her' && tokens.some((w) => w.text === 'alone'))
    );
  });
}

/** Whether a message asks where to report ("báo số nào", "báo ở đâu"), not for help now ("giờ gọi ai", "cứu"). */
function asksWhereToReport(text: string): boolean {
  const words = tokenize(text);
  return words.some((t) => typedIn(t, REPORT_WORDS)) && !words.some((t) => typedIn(t, NOW_WORDS));
}

/** The phone line a topic's `follow_ups` name for calls (the child protection line after the children's services). */
function lineOfTopic(ctx: HandlerContext, topic: string | null): string | undefined {
  const line = topic ? ctx.kb.entries.get(topic)?.follow_ups?.contact : undefined;
  return line !== undefined && ctx.kb.entries.has(line) ? line : undefined;
}

/** Remembers a topic the person picked with a button. */
export async function rememberTopic(ctx: HandlerContext, entryId: string): Promise<void> {
  if (!ctx.kb.entries.has(entryId)) return;
  const previous = await loadContext(ctx);
  // The button shows the entry's whole answer: a follow-up on it next gets its aspect line and a pointer.
  saveContext(ctx, { topic: entryId, who: previous?.who ?? null, what: null, shown: entryId });
}

/** Deletes the context (/xoadulieu); resolves to whether there was one. */
export async function forgetContext(ctx: HandlerContext): Promise<boolean> {
  leftContext.delete(ctx);
  const people = await ctx.sessions.delete(peopleKey(ctx));
  return (await ctx.sessions.delete(contextKey(ctx))) || people;
}
