/**
 * The shape of knowledge/safeguarding.yaml: the concepts a counsellor listens
 * for (who, what act, how, when, informational framing), the situations built
 * from them, and what the bot says in each. Messages are in Vietnamese
 * because the staff who edit the file read them.
 */
import { z } from 'zod';

const phrase = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1, 'cụm từ trống'));
const CONCEPT_NAME = /^[a-z][a-z0-9_]*$/;
const conceptName = z
  .string()
  .regex(CONCEPT_NAME, 'tên khái niệm chỉ gồm chữ thường không dấu, số và dấu gạch dưới, ví dụ: child, beat');

/** The emergency numbers the bot can put first. */
export const EMERGENCY_NUMBERS = ['111', '113', '114', '115'] as const;
export type EmergencyNumber = (typeof EMERGENCY_NUMBERS)[number];

/** A concept: phrases in the lexicon's matching rule, plus phrases that only count with these very accents. */
const conceptSchema = z.union([
  z.array(phrase).min(1, 'khái niệm cần ít nhất một cụm từ'),
  z.strictObject({
    phrases: z.array(phrase).default([]),
    exact: z.array(phrase).default([]),
  }),
]);

/** One way a situation shows: every concept listed must appear somewhere in the message. */
const ruleSchema = z.array(conceptName).min(1, 'mỗi quy tắc cần ít nhất một khái niệm');

/**
 * Cues that mean no harm in a given setting (session 33, issue 10): the cues of `cues` are dropped from the concepts of
 * `drops` when one of `when` is heard, one of `asks` too (when `asks` is given), and none of `unless`.
 */
const cuesDropped = z.strictObject({
  cues: z.array(phrase).min(1),
  drops: z.array(conceptName).min(1),
  when: z.array(conceptName).min(1),
  asks: z.array(conceptName).default([]),
  unless: z.array(conceptName).default([]),
});

/** Situation ids are fixed: each has its numbers and replies. */
/** Situation ids, most specific first: when several fire, the first names the reply. */
export const SITUATION_IDS = [
  'suicide',
  'trafficking',
  'child-abuse',
  'sexual-assault',
  'missing-person',
  'fire',
  'flood',
  'violence',
  'medical',
  'call-for-help',
] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

/**
 * Something asked after something told (`what_to_do`, `own_danger_asked`): one of `asks` and one of `told` heard, none
 * of `unless`, for one of `situations`. `told` is, for `what_to_do`, the harm told as done or as a pattern (a habit, the
 * past, "thì phải làm gì", "muốn nó thôi đánh", touching told, images posted); for `own_danger_asked`, the writer's own
 * state or act told in the first person.
 */
/** An act heard and something asked about it (`effect_asked`, `held_help_asked`), none of `unless`, for one of `situations`. */
const actAsked = z
  .strictObject({
    acts: z.array(conceptName).min(1),
    asks: z.array(conceptName).min(1),
    situations: z.array(z.enum(SITUATION_IDS)).min(1),
    unless: z.array(conceptName).default([]),
  })
  .optional();

const askedAfterTold = z
  .strictObject({
    asks: z.array(conceptName).min(1),
    told: z.array(conceptName).min(1),
    situations: z.array(z.enum(SITUATION_IDS)).min(1),
    unless: z.array(conceptName).default([]),
  })
  .optional();

const situationSchema = z
  .strictObject({
    /** Shown to staff in logs and eval output. */
    label: z.string().trim().min(2),
    /** Numbers in the order the reply lists them (111 is added whenever a child is involved). */
    numbers: z.array(z.enum(EMERGENCY_NUMBERS)).min(1, 'cần ít nhất một số khẩn cấp'),
    /** Any one rule is enough. */
    rules: z.array(ruleSchema).min(1, 'cần ít nhất một quy tắc'),
    /**
     * What a past or habitual telling means for this situation: a disclosure
     * (abuse, violence, self-harm thoughts) or nothing to raise (an illness or a
     * fire that is over: an ordinary question).
     */
    past: z.enum(['disclosure', 'none']),
    /** Also treat "hay", "thường xuyên" (habitual) like the past. */
    habitual: z.boolean().default(false),
    /** Concepts that make this situation an ordinary question (a chronic illness, papers after a fire). */
    calm: z.array(conceptName).default([]),
    /** Concepts that keep it an emergency even so ("lâu năm" is calm, but not with "méo miệng" now). */
    calm_unless: z.array(conceptName).default([]),
    /**
     * A calm concept that holds only for what it names, with the concepts that take it back when heard beside it: a
     * pet calms the animal's own signs, not a person's told beside it ("con chó cắn mẹ em, mẹ ngất rồi").
     */
    calm_taken_by: z.record(conceptName, z.array(conceptName)).default({}),
    /** Concepts that make a telling of this situation a past one, like "hồi nhỏ" does for all ("mới về" after being trafficked), unless a `calm_unless` concept is there too. */
    over: z.array(conceptName).default([]),
    /** Concepts that keep an `over` telling an emergency (a plan beside "chưa làm gì"); when absent, `calm_unless` does. */
    over_unless: z.array(conceptName).optional(),
    /**
     * Acts that are done once told ("bị đăng ảnh nhạy cảm lên face": the images are up): a past telling like `over`,
     * unless a `done_unless` concept is heard (a threat to post more, anything now, a plea). Its own list, not
     * `over_unless`: a bare "với", "có" (wield) says nothing about images already posted.
     */
    done: z.array(conceptName).default([]),
    done_unless: z.array(conceptName).default([]),
    /**
     * Concepts that tell a habit of this situation only ("cứ cãi lại là bố nó đánh": a teen hit each time it talks
     * back): a past telling like `habitual`, unless a `habit_unless` concept is heard (a blow now, a weapon, blood).
     * Its own list: a habit told this way is no habit for every situation, and "hay" keeps its wider reading.
     */
    habit: z.array(conceptName).default([]),
    habit_unless: z.array(conceptName).default([]),
    /**
     * Concepts that say the one the situation befell has died ("chồng em mất do tai nạn lao động"): unless an
     * `over_unless` concept is heard (someone else still hurt, anything now), nothing is raised. What is left is a
     * bereavement told as background to an ordinary question (a survivor's pension, a funeral allowance), not an
     * emergency survived to acknowledge with "if the danger signs come back, call 115".
     */
    gone: z.array(conceptName).default([]),
    /**
     * Sets of concepts that, all heard together, tell the situation as a lasting state, not an event now (a stroke
     * "2 năm rồi", a paralysis beside a papers or care question): unless one of the set's `unless` or of
     * `lasting_unless` is heard, nothing is raised, so the question is answered (or gets the concern check-in); a
     * `lasting_told` harm of a named person the knowledge base cannot answer gets the `past` reading (a disclosure).
     */
    lasting: z
      .array(z.object({ parts: z.array(conceptName).min(1), unless: z.array(conceptName).default([]) }))
      .default([]),
    /**
     * Sets of concepts that, all heard together, tell the situation as ended (someone lost and found or brought back:
     * "vừa được công an đưa về"): unless one of the set's `unless` is heard (still gone, lost again, a plea), neither a
     * time of today nor a `now_when` set makes it danger now ("đi lạc từ sáng nay" told the time the person went
     * missing, not a person missing now); `calm`, `past` and `over` decide as for a story told later (session 31).
     */
    settled: z
      .array(z.object({ parts: z.array(conceptName).min(1), unless: z.array(conceptName).default([]) }))
      .default([]),
    /** Concepts of harm told beside a `lasting` state ("em kiệt sức"): about a named person, unanswered, a disclosure. */
    lasting_told: z.array(conceptName).default([]),
    /** Concepts that keep a `lasting` telling an emergency (a sign that is acute, a time of today, "vừa"). */
    lasting_unless: z.array(conceptName).default([]),
    /**
     * Sets of concepts that, all heard together, make this situation danger now before any past, service or
     * question reading (a sister still held where the writer escaped from). Each set is also one of the rules. A set
     * of one concept is a cue that says danger now on its own, whatever question comes with it ("mai em không còn
     * nữa").
     */
    now_when: z
      .array(z.object({ parts: z.array(conceptName).min(1), unless: z.array(conceptName).default([]) }))
      .default([]),
    /** The entry with how to get help, shown after the emergency reply or the acknowledgement. */
    entry: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Other entries a disclosure may be answered with, when the question is closest to one of them. */
    also: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default([]),
    /** What to do now, in Vietnamese, shown under the numbers. */
    danger: z.string().trim().min(20),
    /** The warm acknowledgement for a disclosure (required when `past: disclosure`). */
    disclosure: z.string().trim().min(20).optional(),
    /** A short English reply under the numbers. */
    english: z.string().trim().min(10),
    /** The English acknowledgement for a disclosure; without it an English disclosure gets `english`. */
    disclosure_en: z.string().trim().min(20).optional(),
  })
  // A `now_when` set makes the situation fire as a rule does; staff write it once.
  .transform((situation) => ({
    ...situation,
    rules: [
      ...situation.rules,
      ...situation.now_when
        .map((set) => set.parts)
        .filter((parts) => !situation.rules.some((rule) => rule.join(' ') === parts.join(' '))),
    ],
  }));

/** The whole file. */
export const safeguardingSchema = z.strictObject({
  /** Named lists of cue phrases. */
  concepts: z.record(conceptName, conceptSchema),
  /**
   * Figures of speech and harmless compounds ("mệt muốn chết", "đánh răng"): a
   * shorter cue inside one is ignored. `{ phrase, only }` limits it to some concepts.
   */
  // `exact`: the phrase counts only typed with its accents ("năm kia" is no "nằm kìa" typed as "nam kia").
  neutral: z
    .array(
      z.union([
        phrase,
        z.strictObject({ phrase, only: z.array(conceptName).min(1), exact: z.boolean().default(false) }),
      ]),
    )
    .default([]),
  /**
   * Common harmless words of two or more syllables ("kín đáo", "mở cửa", "bỏ rơi"): typed without
   * accents, their syllables are read as that word before any cue, so "co kin dao" holds no "dao"
   * and "bi bo roi" no "bị bố". A cue that reaches into such a word without covering it is ignored.
   */
  unaccented_words: z.array(phrase).default([]),
  /**
   * Words that open a comparison ("như bị", "giống như bị"): a cue that starts inside or right after one
   * and reaches past it is a simile, not an event ("nhảy lên như bị điện giật", "đau như bị dao đâm").
   */
  similes: z.array(phrase).default([]),
  /**
   * Other ways to say "không" (not) before a verb: "chẳng", "chả" ("chẳng muốn sống nữa", "chả thiết gì nữa"). Every
   * phrase with the word "không" of the concepts in `concepts` is also heard with each of them in its place. `exact`
   * ones ("chả") only with their accents: typed without them, "cha" is a father.
   */
  negations: z
    .object({
      words: z.array(phrase).default([]),
      exact: z.array(phrase).default([]),
      /** The concepts whose phrases are heard so: a wish not to live, not every "không" of the file. */
      concepts: z.array(z.string()).default([]),
    })
    .strict()
    .default({ words: [], exact: [], concepts: [] }),
  /**
   * Figures of speech as rules: when the message talks about an everyday matter (`context`: an exam, a
   * match, a price, spicy food) and nothing in `unless` is heard, the cues of the `silences` concepts are
   * dropped ("bài kiểm tra giết em", "giá vàng lên chắc tui nhảy sông", "cay muốn bốc khói"). `with`: concepts
   * that must all be heard too, for a figure made of parts (a child's own outburst and a condition);
   * `inside_with`: drop only the cues whose words lie inside a `with` cue ("đập" inside "đập đầu vào tường",
   * never the "đánh" of "bị cô giáo đánh"); `reads_as`: a framing concept the figure adds ("khi nghe hàng xóm đánh
   * vợ thì báo ai" is a hypothetical question).
   */
  figures: z
    .array(
      z.strictObject({
        context: z.array(conceptName).min(1),
        with: z.array(conceptName).default([]),
        inside_with: z.boolean().default(false),
        reads_as: conceptName.optional(),
        silences: z.array(conceptName).min(1),
        unless: z.array(conceptName).default([]),
      }),
    )
    .default([]),
  /**
   * Scare quotes: a danger word put in quotes on its own ("bị sếp 'xử đẹp'", "con mèo bị 'bắt cóc'") is used in a
   * sense it does not have. A cue of one of `silences` whose words lie inside a quoted span of at most `max_words`
   * words, and nowhere outside the quotes, is dropped (and the classifier may not bring its situation back).
   */
  scare_quotes: z
    .strictObject({
      max_words: z.number().int().min(1).max(6),
      silences: z.array(conceptName).min(1),
    })
    .optional(),
  /**
   * Administrative units ("phường", "xã", "thôn"): the capitalised syllables right after one are a place name ("phường
   * Giếng Đáy", "xã Cầu Treo") and are not read for cues (see src/safeguarding/place-names.ts; session 30, issue 10).
   */
  place_units: z.array(phrase).default([]),
  /**
   * Well-known place names told without a unit whose syllables spell a cue ("Bãi Cháy", "Bai Chay"), matched as
   * written with capitals and not read for cues (src/safeguarding/place-names.ts; session 36, issue 10).
   */
  place_names: z.array(phrase).default([]),
  /**
   * Yes/no question frames ("có … không"): a syllable typed without accents that opens one, with a
   * closing word later in the same clause, only starts a cue read with one of these accents
   * ("thu 7 co mo cua ko" is "có mở cửa", never "cố mở cửa").
   */
  question_frames: z
    .array(
      z.strictObject({
        opener: phrase,
        reads: z.array(phrase).min(1),
        closers: z.array(phrase).min(1),
      }),
    )
    .default([]),
  /**
   * An unaccented syllable that is a continuation word in some places ("con" as "còn", still) and a person elsewhere
   * ("con", a child): read as `reads` only right before a word of `before` ("con nghe" is "còn nghe"), and only after a
   * clause break or a word of `after` (never opening the message, where "con" is a child speaking of themself), and
   * never when the message names any of `kept_by` (a parent: "bố đánh mẹ, con nghe…" is a child speaking).
   */
  unaccented_still: z
    .strictObject({
      typed: phrase,
      reads: phrase,
      before: z.array(phrase).min(1),
      after: z.array(phrase).default([]),
      kept_by: z.array(phrase).default([]),
    })
    .optional(),
  /** Concept names the outcome logic relies on. */
  modifiers: z.strictObject({
    urgent: z.array(conceptName).min(1),
    /** A time that is today ("tối nay", "từ chiều"): danger now, unless the message is a joke, a question about a topic, or calm. */
    soon: z.array(conceptName).default([]),
    /** Happening right now ("đang bị", "vừa bị", "just"): with a specific person, danger now even inside a question. */
    ongoing: z.array(conceptName).default([]),
    /** Jokes and games ("trận FIFA", "vui là chính"): a time of today in one is not danger now. */
    joke: z.array(conceptName).default([]),
    past: z.array(conceptName).min(1),
    habitual: z.array(conceptName).min(1),
    /** Concepts that bring a habitual telling back to now ("ngày nào cũng bị đánh, nay nghe tiếng đập đầu"): habit is no longer the past. */
    present: z.array(conceptName).default([]),
    informational: z.array(conceptName).min(1),
    /** General or "what if" questions ("khi bị…", "gọi số nào"): informational unless a specific person is named. */
    hypothetical: z.array(conceptName).min(1),
    /** A specific person ("con tôi", "chồng em", "tôi bị"). */
    personal: z.array(conceptName).min(1),
    child: z.array(conceptName).min(1),
    /** An adult named by their tie to someone ("chồng chị", "a colleague"): with `happening`, a named person. */
    adult: z.array(conceptName).default([]),
    /** Questions about papers and benefits: the classifier stays quiet on them. */
    ordinary: z.array(conceptName).default([]),
    /**
     * A service asked about that is no question about papers (a care home, a separation): over a message where no
     * rule fired, the classifier needs its general bar, as with `ordinary`; unlike `ordinary`, the check-in still speaks.
     */
    asks_a_service: z.array(conceptName).default([]),
    /**
     * Asking about a service, papers, hours or eligibility ("có được hỗ trợ không", "xin vào trung tâm"):
     * unless something is happening now, a harm named alongside is a disclosure (a named person) or
     * informational (a category of people), not danger now.
     */
    service: z.array(conceptName).default([]),
    /**
     * Support or a policy asked for ("có chính sách gì không"): where these are the only informational cues, beside an
     * act that lasts until someone steps in (`acute`) told of someone in particular, the message is no topic.
     */
    support: z.array(conceptName).default([]),
    /** A doer told ("bị người ta", "bị mấy người"): with `support`, the act happened to someone in particular. */
    agent: z.array(conceptName).default([]),
    /** Happening now or lasting until someone steps in ("đang", starved, held, a weapon): a service question does not calm these. */
    acute: z.array(conceptName).default([]),
    /**
     * Something told happening to a named person now (a child gone limp, a fire at the house next door, a child
     * missing "từ chiều tới giờ"): a paperwork, service or informational question calms none of it.
     */
    happening: z.array(conceptName).default([]),
    /** A present act that names its victim itself ("đang ép em", "bỏ đói nó"): like `happening`, with no other named person needed. */
    acted_on: z.array(conceptName).default([]),
    /** The calm concepts that only ask about papers, benefits or a service: `happening` sets these aside. */
    asked: z.array(conceptName).default([]),
    /** Topic words ("buôn người"): a message of nothing but one is informational. */
    topic: z.array(conceptName).default([]),
    /**
     * Fear of a harm happening again ("sợ bị đánh nữa", "sợ ổng lại đánh"): the harm has happened, so a message that
     * would otherwise be a question about a place or a service is at least a disclosure. Acts, so heard with a gap word.
     */
    feared_again: z.array(conceptName).default([]),
    /**
     * A calendar year gone by ("năm 2020", "từ 2019"): the past, but only where the knowledge base has no answer. Calm
     * stories that date an old harm to ask about a service ("Năm 2023 em bị chồng đánh…, giờ em ổn, trung tâm có dịch
     * vụ…") keep their answer; where nothing answers, the date makes a disclosure of what was danger now or a dead end.
     */
    past_dated: z.array(conceptName).default([]),
    /**
     * An act happening now or just now ("đang", "vừa"): with a real person (a kin word, a named adult or person), a
     * general question's shape ("có được coi là … không") does not make the message informational.
     */
    acting_now: z.array(conceptName).default([]),
    /**
     * Danger told happening whoever it befalls (a fire spreading to the ceiling or the next house): a question's shape
     * beside it ("gọi số nào", "báo ở đâu") never makes the message informational, with or without a person named.
     */
    spreading_now: z.array(conceptName).default([]),
    /** A supposition or a general question ("nếu lửa lan lên trần thì nên làm gì"): `spreading_now` tells nothing. */
    spreading_unless: z.array(conceptName).default([]),
    /** Kin words that name a real person with `acting_now` ("bố", "ông"), though not `personal` alone. */
    kin: z.array(conceptName).default([]),
    /**
     * A recent time already over ("tuần trước", "hôm qua"): read as the past only where a calm cue would otherwise
     * silence a named person's harm (see `told_over_unless`), never to lower danger now.
     */
    recent_past: z.array(conceptName).default([]),
    /**
     * An emergency survived ("cấp cứu kịp", "được cứu sống", "nhập viện") or the fear it left ("sợ nước", "giật mình"):
     * a named person's harm told as over (a past or `recent_past` cue) with one of these, beside a situation's calm cue
     * or lasting state (a service or papers question, "giờ ổn rồi", the condition it left), is a disclosure, not
     * nothing, when the knowledge base has no answer. A past illness or accident told only to ask about aid is not.
     */
    ordeal: z.array(conceptName).default([]),
    /** Concepts that keep such a telling (see `ordeal`) nothing to raise: a pet, a joke, a topic. */
    told_over_unless: z.array(conceptName).default([]),
    /**
     * A question about a danger topic in general ("vì sao có người muốn tự tử", "bạo hành trẻ em là những hành vi
     * nào"): read as informational, and where the knowledge base has no entry near the offer bar, answered with the
     * situation's service entry rather than "chưa có thông tin" (session 29, issue 10).
     */
    topic_asked: z.array(conceptName).default([]),
    /**
     * A danger told as an episode that is over ("từng uống thuốc trừ sâu", "từng bị ngộ độc", "may mà trốn được về",
     * "thất lạc mẹ từ nhỏ"; session 32, issue 10): a disclosure (a warm word, then the service answer) whatever service,
     * paper or allowance is asked beside it, never a plain answer or a fallback, unless anything of now is told
     * (`episode_over_unless`, and the readings of now before it in the detector).
     */
    episode_over: z.array(conceptName).default([]),
    episode_over_unless: z.array(conceptName).default([]),
  }),
  /**
   * How sure the statistical classifier must be (its margin over "safe") to
   * raise an emergency on a message the concept rules found nothing in.
   * Higher: fewer false alarms, more misses. Tuned with `npm run eval`.
   */
  classifier_threshold: z.number().min(-1).max(5).default(0.3),
  /** The same, for a message the knowledge base has no answer for (it would get "chưa tìm được câu trả lời"). */
  classifier_threshold_unanswered: z.number().min(-1).max(5).default(0.3),
  /**
   * The margin the single-word model (a second opinion that generalises to
   * wordings the word-pair model never saw) needs on a message the knowledge
   * base has no answer for, when the rules and the word-pair model found
   * nothing. Absent: the single-word model stays silent.
   */
  classifier_threshold_words: z.number().min(-1).max(5).optional(),
  /**
   * The margin the word-pair model needs on a message that reads as general
   * (a topic, an ordinary matter, a question about nobody in particular), where
   * it is otherwise not asked: danger told inside a question ("cho hỏi…, giờ
   * mới biết là chở đi bán") still raises danger now, and nothing less.
   * Absent: a general message is never the classifier's.
   */
  classifier_threshold_general: z.number().min(-1).max(5).optional(),
  /**
   * The margin at which the word-pair model overrules the framing that made a
   * rule that fired a mere topic or question ("cho hỏi thủ tục, lão xóm trên
   * đang lôi con bé 9 tuổi vô kho"): danger now. Absent: the framing decides.
   */
  classifier_threshold_overrule: z.number().min(-1).max(5).optional(),
  /**
   * The margin at which the word-pair model overrules a past cue that made
   * harm told of nobody named a disclosure ("con gái em … đã về từ 9h tối,
   * giờ 2h sáng"): danger now. Absent: the past cue decides.
   */
  classifier_threshold_past: z.number().min(-1).max(5).optional(),
  /**
   * Situations the classifier may name only when one of their concepts is heard: a fire needs a flame, smoke, gas
   * or a burning word, so "nghe tiếng trẻ con la hét bên nhà hàng xóm" is never a fire (114 first) because the
   * word-pair model leant that way; its best other situation names the reply. Whether to raise stays the model's call.
   */
  classifier_needs: z.partialRecord(z.enum(SITUATION_IDS), z.array(conceptName).min(1)).default({}),
  /**
   * The classifier alone, on a message where nothing is heard but who is
   * involved (`bare`: a child, a parent, "my", a common "có"): below the margin `below` it
   * raises no alarm, and the concern check-in may ask instead. Absent: the
   * classifier's threshold alone decides.
   */
  classifier_bare: z
    .strictObject({
      below: z.number().min(-1).max(5),
      bare: z.array(conceptName).min(1),
      /**
       * A care question ("cho uống thuốc gì"): heard with nothing but `bare` concepts and these, the classifier raises
       * nothing at any margin (a fever's days are no act).
       */
      care: z.array(conceptName).default([]),
      /** Concepts allowed beside a `care` question (how long it has lasted: "hai ngày rồi"). */
      care_with: z.array(conceptName).default([]),
      /**
       * Who is involved and how it is asked, beyond `bare`: heard with nothing but these and `bare`, the single-word
       * model (asked last, before "chưa tìm được câu trả lời") raises nothing at any margin, unless it leant on a word
       * of `words_keep`.
       */
      words_bare: z.array(conceptName).default([]),
      /**
       * Harm, hunger, body and distress words (folded, as the model's features are): one among the words the
       * single-word model leant on keeps it speaking over `words_bare`.
       */
      words_keep: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /**
   * The concern check-in: a message that would get a did-you-mean or "chưa tìm
   * được câu trả lời" gets a safety check-in first when one of these concepts
   * is heard, or the classifier's margin reaches `classifier_threshold`.
   */
  concern: z
    .strictObject({
      concepts: z.array(conceptName).default([]),
      classifier_threshold: z.number().min(-5).max(5).default(0),
      /**
       * Heard with someone's own story (a `personal` or `past` modifier), one of
       * these still earns the check-in when the message also reads as a topic or
       * a paperwork question: "anh trai tôi mất tích…, có kênh nào đăng tin".
       */
      despite_topic: z.array(conceptName).default([]),
      /**
       * A worry of its own kind (a pregnancy feared, a low mood), not a sign that a danger just answered goes on: right
       * after an emergency reply, a message whose every concern cue is one of these gets its own check-in, while fear,
       * a plea or a threat keep the emergency reply (handlers/followup.ts).
       */
      own_kind: z.array(conceptName).default([]),
      /**
       * A death told (`when`: "chồng em mất do tai nạn lao động"): the listed `concepts` ("tai nạn") say how someone
       * died, not a worry about now, so they earn no check-in; unless one of `unless` (anything acute or of now) is
       * heard too.
       */
      cause_of_death: z
        .strictObject({
          when: z.array(conceptName).min(1),
          concepts: z.array(conceptName).min(1),
          unless: z.array(conceptName).default([]),
        })
        .optional(),
      /**
       * A rule of one of these `situations` fired, but the message read as a
       * question about what to do with no word of a topic ("có phải báo
       * không"): still the check-in. A paperwork or chronic cue silences it
       * unless one of `despite_ordinary` ("báo ai") is heard too; one of
       * `unless` ("nếu thấy…", "dấu hiệu nào") makes it a general question,
       * and so does the lack of one of `particular` ("có một bé", "có nhà để con").
       */
      asked_about: z
        .strictObject({
          situations: z.array(z.enum(SITUATION_IDS)).min(1),
          particular: z.array(conceptName).min(1),
          despite_ordinary: z.array(conceptName).default([]),
          unless: z.array(conceptName).default([]),
        })
        .optional(),
    })
    .default({ concepts: [], classifier_threshold: 0, despite_topic: [], own_kind: [] }),
  /**
   * An adult named as the one in danger (a friend, a colleague, a husband): in
   * these situations, when the only signs of a child are ambiguous words ("con"
   * typed without accents is also "còn"), the adult comes first (115, not 111).
   */
  /**
   * The writer calling themself "con" to an elder ("dì ơi con hỏi", "con xin hỏi"): "con" is the polite self-address,
   * no child. With an adult of the writer's life told (`adults`: a husband, a boss) or, in `elder_situations`, an elder
   * in need (`elders`), and every child cue one of `ambiguous_child`, no child is read: no 111 and no child-abuse screen
   * ahead of the other situation. A sign of a minor (`unless`: an age, school, "còn nhỏ") keeps the child.
   */
  self_as_con: z
    .strictObject({
      concepts: z.array(conceptName).min(1),
      adults: z.array(conceptName).min(1),
      elders: z.array(conceptName).min(1),
      elder_situations: z.array(z.enum(SITUATION_IDS)).min(1),
      ambiguous_child: z.array(phrase).min(1),
      unless: z.array(conceptName).default([]),
    })
    .optional(),
  adult_first: z
    .strictObject({
      concepts: z.array(conceptName).min(1),
      situations: z.array(z.enum(SITUATION_IDS)).min(1),
      ambiguous_child: z.array(phrase).min(1),
    })
    .optional(),
  /**
   * A story of the past or of a habit that turns to an acute act or sign now ("ba em bị đột quỵ 2 năm trước, giờ
   * đau ngực dữ dội", "chồng em hay đòi tiền, vừa đâm em"): heard by where the cues lie. A cue of `after` (the past
   * or the habit) lies in an earlier clause; then a cue of one of the `turns`' `now` opens a clause (after a clause
   * start, one of `lead`, or one of `between`), and a cue of that turn's `acts` follows in the same clause with at
   * most `within` words between, each of them one of `between` (who, "bị", "lại"). Not a turn: a now word said twice
   * in its clause (`pairs`: "vừa đánh vừa chửi" is "both … and"), a clause that holds a cue of `after` itself or one
   * of `story` (a story, "hồi đó em đang học thì…", or a condition, "khi leo cầu thang"), a habit after the turn in
   * its clause ("giờ hay khó thở"), or a cue of `recovery` anywhere after it ("giờ em ổn rồi", "đã ly hôn"). Heard, the turn's `situations` are danger now
   * before any past, habit, calm cue or question, unless one of `unless` is heard or a general question names
   * nobody; the concepts only the turn names are dropped from what the message is heard to hold.
   */
  acute_turn: z
    .strictObject({
      after: z.array(conceptName).min(1),
      turns: z
        .array(
          z.strictObject({
            now: z.array(conceptName).min(1),
            acts: z.array(conceptName).min(1),
            situations: z.array(z.enum(SITUATION_IDS)).min(1),
            /**
             * How far past the now word the act may lie, with any words between, in the same clause. For acts that
             * tell the present on their own (blood flowing), so a subject, an instrument and a verb may come first.
             */
            reach: z.number().int().min(1).max(16).optional(),
            /**
             * Words one of which must stand between the now word and the act (session 30): "lại" (again) for a fire
             * told again after one told as past, so that "giờ con vẫn giật mình khi thấy lửa cháy" (what the past
             * fire left) is no fire now.
             */
            again: z.array(phrase).default([]),
            /**
             * How many clauses after the now word's own the act may lie in (session 32): a danger renewed after a past
             * ("giờ lại nhắn em là anh xin lỗi, anh đi trước") tells its farewell in a clause of its own. 0 (the same
             * clause) unless set; `reach` still bounds the distance in words.
             */
            clauses: z.number().int().min(0).max(3).default(0),
          }),
        )
        .min(1),
      within: z.number().int().min(0).max(4),
      between: z.array(phrase).default([]),
      lead: z.array(phrase).default([]),
      pairs: z.array(phrase).default([]),
      story: z.array(phrase).default([]),
      /** Words that, in the clause of a turn with a `reach`, tell a memory or a fear rather than an act now. */
      remembered: z.array(phrase).default([]),
      habit: z.array(conceptName).default([]),
      recovery: z.array(conceptName).default([]),
      unless: z.array(conceptName).default([]),
      reads_as: conceptName,
      /**
       * A scare that is over (session 41, issue 10): a sign told first ("bé bị sặc nước lúc tắm"), then a clause that
       * opens with one of `now` ("giờ", "bây giờ"; after `lead` or `between` words) and tells a cue of `well` ("giờ
       * chơi bình thường rồi"), with no cue of `signs` in that clause or after it and none of `not` between the now
       * word and the well cue ("giờ vẫn chưa bớt"). Heard, the message holds `reads_as`, which a situation lists as
       * `done` (told as past) where it wants it. The turn the other way round, a sign told after the calm, is no
       * scare over.
       */
      over: z
        .strictObject({
          signs: z.array(conceptName).min(1),
          now: z.array(phrase).min(1),
          well: z.array(conceptName).min(1),
          not: z.array(phrase).default([]),
          reads_as: conceptName,
          /**
           * A sign said to be still there after the calm ("giờ đỡ rồi nhưng vẫn thở khò khè"; session 42, issue 10): a
           * cue of `well`, then one of `still` ("vẫn", "còn") and a cue of `signs` after it. Heard, the message holds
           * `still_reads_as`, which a situation lists in `calm_unless` and `done_unless`: the calm word is no calm.
           */
          still: z.array(phrase).default([]),
          still_reads_as: conceptName.optional(),
          /**
           * The calm words saying the person woke ("giờ tỉnh táo rồi", "đã tỉnh"; session 42, issue 10): in a scare
           * told over with one of them, the cues of `woke_clears` (being unresponsive) are over too and dropped, so
           * they no longer keep the emergency. A sign after the calm ("… nhưng vẫn lơ mơ") tells no scare over.
           */
          woke: z.array(phrase).default([]),
          woke_clears: z.array(conceptName).default([]),
        })
        .optional(),
    })
    .optional(),
  /**
   * Medicine taken as a course of treatment (issue 10): "đang uống thuốc theo đơn", "đang uống Depakine mỗi ngày",
   * "sertraline uống lúc nào thì tốt, mình đang uống theo đơn". The cues of `taking` (the bare "đang uống") are
   * dropped from the concepts of `drops` when the message names a treatment (one of `when`: a prescription, a
   * doctor's order, a daily schedule, a named medicine, a question about how or when to take it) and none of
   * `unless` (an amount, a wish to die or disappear, a goodbye, a collapse or drowsiness, "để" + an end, means at
   * hand). The pills someone swallows to die are never a course of treatment, so any such word keeps the alarm.
   */
  treatment_course: z
    .strictObject({
      taking: z.array(phrase).min(1),
      /**
       * Cues dropped like `taking`, only when one of `taken_when` is heard too (session 48, issue 10): "uống thuốc rồi"
       * beside an illness named is the prescribed medicine only when told as a treatment that has not helped ("uống
       * thuốc rồi nhưng về nhà cứ nói một mình"); a depressed writer's bare "em uống thuốc rồi" keeps the alarm.
       */
      taken: z.array(phrase).default([]),
      taken_when: z.array(conceptName).default([]),
      drops: z.array(conceptName).min(1),
      when: z.array(conceptName).min(1),
      unless: z.array(conceptName).default([]),
      /**
       * The concept the course adds when it applied to a taking cue heard (session 29, issue 10): the medicine treats a
       * lasting illness, so the situations that list this concept as calm ("con em bị động kinh, đang uống thuốc, lịch
       * tiêm có cần hoãn không") are no emergency, unless an acute sign is told (their calm_unless).
       */
      reads_as: conceptName.optional(),
    })
    .optional(),
  /**
   * A quantity of medicine taken for a passing illness, asked about (session 33, issue 10; see `cuesDropped`): "con em
   * bị ho, uống nhiều thuốc có sao không" asks about a dose; pills swallowed to die come with no cough to treat.
   */
  illness_dose: cuesDropped.optional(),
  /**
   * A child filmed for the family to see (session 33, issue 10; see `cuesDropped`): "em quay clip bé tắm gửi bà ngoại
   * xem" shares a moment with a grandmother; filming in secret, a threat to spread it or anything sexual keeps the alarm.
   */
  family_viewing: cuesDropped.optional(),
  /**
   * A clock time before its part of the day read as the part alone ("từ 7 giờ sáng" as "từ sáng", "giờ 5h chiều" as
   * "giờ chiều"), only in a message where someone is not back or not found (one of `when`) and nothing tells a habit
   * (none of `unless`, which also names someone told back or found): "ông đi nhận trợ cấp từ 7 giờ sáng, giờ 5 giờ chiều chưa thấy về" counts how long he has been
   * gone (session 27, issue 10), while "bị bắt làm việc nhà từ 4h sáng" tells when a working day starts, not a time of
   * today. The reading only adds cues.
   */
  clock_times: z
    .strictObject({
      when: z.array(conceptName).min(1),
      unless: z.array(conceptName).default([]),
    })
    .optional(),
  /**
   * A cry for help, blood flowing, or a now word with an act after it in a clause of its own, told with a real person
   * (session 27, issue 10): "em đang chơi liên quân thì bố vào đánh em chảy máu đầu", "mua vòng định vị phòng khi bà đi
   * lạc nhưng giờ bà đang mất tích, cứu em". A game, a joke, a precaution, a hypothetical or a question's shape made
   * such messages a topic; told of a real person now, the act outranks the framing. Heard: a cue of `cries` (of
   * `anywhere` in any part, the others in a part of a clause with no cue of `framing`; `breaks` cut a clause into
   * parts), or a cue of `now` followed within `within` words by a cue of `acts` in the same part, which holds no
   * cue of `framing` (the framing is the other part's). Outranks the framing (danger now) only with one of
   * `real` heard, nothing told as past or a habit, and none of `unless`.
   */
  now_over_framing: z
    .strictObject({
      framing: z.array(conceptName).min(1),
      real: z.array(conceptName).min(1),
      cries: z.array(conceptName).default([]),
      /**
       * A wish to die, an intent or a plan of one's own, told in a part of its own before a part the question frames
       * ("em muốn chết, làm sao để bớt đau"): outranks the question (`wish_framing`) as a cry does, but never a joke, a
       * game or a precaution told anywhere in the message (the other framing concepts).
       */
      wishes: z.array(conceptName).default([]),
      /** The framing a wish outranks: the question's own concepts. */
      wish_framing: z.array(conceptName).default([]),
      /** The "how to" that must follow the wish in a later part ("làm sao để", "làm thế nào để"). */
      wish_asks: z.array(conceptName).default([]),
      /**
       * The `unless` concepts a wish outranks: "làm sao để biết", "dấu hiệu nào" ask how to tell or how to help someone
       * (`sign_question`), but after a wish told in a part of its own ("em đang có ý định tự tử, làm sao để biết mình
       * cần giúp") the one to tell about is that person, now.
       */
      wish_spares: z.array(conceptName).default([]),
      /**
       * What must be heard for `wish_spares` to count: the writer speaking of themself or of someone they name ("em",
       * "tôi", "bạn em"), not a saying of people at large quoted ("người già hay nói 'sống làm chi'").
       */
      wish_own: z.array(conceptName).default([]),
      /**
       * A wish told after the question (session 30, issue 10: "có ai biết làm sao để hết đau không, em mệt quá rồi,
       * không muốn sống nữa"): it outranks the question when the writer speaks of themself (`self`, one word each) in
       * its part or an unframed part between, and no word of speech (`reported`, one word each: "nói", "bảo") comes
       * before it in its part ("bạn em nói không muốn sống nữa" reports someone's words). Absent: only a wish told
       * before the question counts.
       */
      wish_after: z.strictObject({ self: z.array(phrase).min(1), reported: z.array(phrase).default([]) }).optional(),
      /** The cries heard even in a part of a clause a framing cue shares ("cứu em"); the others (blood) only outside one. */
      anywhere: z.array(conceptName).default([]),
      /** Words that cut a clause into parts for the framing ("thì", "mà", "nhưng"): what was being done, then what happened. */
      breaks: z.array(phrase).default([]),
      /**
       * Words that close what was being done, the cut falling after them ("xem phim xong | chồng em đánh em chảy máu"):
       * the framing ("phim") speaks for the part up to them only.
       */
      breaks_after: z.array(phrase).default([]),
      /**
       * The now words ("đang", "vừa") that, in a framed part a break closes, carry over to an act of `acts` in the part
       * right after it: "đang xem phim thì chồng em cầm dao dọa giết em" (the writer was watching a film now, then the
       * threat came). Empty: no now word carries.
       */
      carries_now: z.array(conceptName).default([]),
      now: z.array(conceptName).default([]),
      acts: z.array(conceptName).default([]),
      within: z.number().int().min(0).max(8),
      unless: z.array(conceptName).default([]),
    })
    .optional(),
  /**
   * An act told with its doer named between a passive marker and the verb ("em bị mấy đứa cùng lớp đánh", "bị thầy
   * thể dục sờ vào ngực"; session 28, issue 10): one of `markers`, at most `within` words (none of `stops` nor of
   * `not_between`), then one of an act's `verbs` in the same clause, not followed by one of its `not_before` and with
   * none of its `not_after` among the words between. Heard, the act adds a cue of its `reads_as` concept, for the
   * situations' rules to pair with a time (see src/safeguarding/doer-named.ts).
   */
  doer_named: z
    .strictObject({
      markers: z.array(phrase).min(1),
      within: z.number().int().min(1).max(8),
      stops: z.array(phrase).default([]),
      not_between: z.array(phrase).default([]),
      /** A doer's name that starts with a word of `not_between` ("bảo vệ", a guard, is not "bảo", told). */
      doers_kept: z.array(phrase).default([]),
      acts: z
        .array(
          z.strictObject({
            verbs: z.array(phrase).min(1),
            not_before: z.array(phrase).default([]),
            not_after: z.array(phrase).default([]),
            /** When not empty, the verb counts only at the end of its clause or right before one of these. */
            ends_or_before: z.array(phrase).default([]),
            /** When not empty, one of these (a person) must be among the doer's words. */
            doer_among: z.array(phrase).default([]),
            reads_as: conceptName,
            /**
             * The act also read as `reads_as` when its doer is one of `doer_among` and the one it was done to, one of
             * `victims`, ends right before the marker, only `gap` words or numbers between (at most `within`): "mẹ tôi 60
             * tuổi bị con trai đánh" is a parent beaten by a grown child, not a child beaten.
             */
            victim: z
              .strictObject({
                victims: z.array(phrase).min(1),
                doer_among: z.array(phrase).min(1),
                gap: z.array(phrase).default([]),
                within: z.number().int().min(0).max(6),
                reads_as: conceptName,
              })
              .optional(),
          }),
        )
        .min(1),
    })
    .optional(),
  /**
   * An act told with what or whom it is done to, with words between (session 31, issue 10: "a man is touching my 8 year
   * old niece", "someone set fire to our door"): one of `verbs`, at most `within` of `between` (or numbers), then one of
   * `objects`, in one clause; not when one of `not_after` comes before the verb in that clause (the object as the
   * doer), and with `after`, only when one of them does. Heard, it adds a cue of `reads_as` (see
   * src/safeguarding/act-on-object.ts).
   */
  act_on_object: z
    .array(
      z.strictObject({
        verbs: z.array(phrase).min(1),
        between: z.array(phrase).default([]),
        within: z.number().int().min(0).max(6),
        objects: z.array(phrase).min(1),
        not_after: z.array(phrase).default([]),
        /** When not empty, one of these must come before the verb in its clause (the doer of a verb of every day). */
        after: z.array(phrase).default([]),
        reads_as: conceptName,
      }),
    )
    .default([]),
  /**
   * The writer asking whether to die, or whether death ends the pain (session 30, issue 10: "em có nên chết đi không",
   * "chết có hết khổ không"): the writer (`selves`), a should and a death; or a death opening its clause (or after the
   * writer or a `lead` word), up to `joins_within` of `joins`, then a relief with a pain or a release. A bare death
   * before one of `not_before` is a figure. Heard, it adds a cue of `reads_as` (see src/safeguarding/own-death-asked.ts).
   */
  own_death_asked: z
    .strictObject({
      selves: z.array(phrase).min(1),
      should: z.array(phrase).min(1),
      deaths: z.array(phrase).min(1),
      lead: z.array(phrase).default([]),
      joins: z.array(phrase).default([]),
      joins_within: z.number().int().min(0).max(4),
      reliefs: z.array(phrase).min(1),
      pains: z.array(phrase).min(1),
      releases: z.array(phrase).default([]),
      not_before: z.array(phrase).default([]),
      reads_as: conceptName,
    })
    .optional(),
  /**
   * A faint told right after the one it befell (session 43, issue 10: "mẹ em ngất", "bố tôi xỉu"): a person of
   * `people` (or one of `titles` and a name, not of `not_names`), up to `within` of `fillers`, then a cue of a `signs`
   * concept (typed without accents, also of a `plain_signs` one) whose phrase is one of `verbs` adds `reads_as`; a
   * pet's cue (`pets`) as the subject adds `pet_reads_as` (see src/safeguarding/faint-said-of.ts).
   */
  faint_said_of: z
    .strictObject({
      signs: z.array(conceptName).min(1),
      plain_signs: z.array(conceptName).default([]),
      verbs: z.array(phrase).min(1),
      accented: z.array(phrase).default([]),
      pets: z.array(conceptName).default([]),
      fillers: z.array(phrase).default([]),
      people: z.array(phrase).min(1),
      titles: z.array(phrase).default([]),
      not_names: z.array(phrase).default([]),
      owners: z.array(phrase).default([]),
      within: z.number().int().min(1).max(6),
      reads_as: conceptName,
      pet_reads_as: conceptName,
    })
    .optional(),
  /**
   * Who or what went down into water or off a height (session 31, issue 10): a thing of `things` before a verb of
   * `falls` with no person of `people` in its clause (an owner's pronoun after `owners` aside) adds `thing_reads_as`;
   * a verb of `pushes` with a person and no thing pushed (or after `passive` and up to `within` words), then one of
   * `downs` and a place of `places` adds `person_reads_as` (see src/safeguarding/down-into.ts).
   */
  down_into: z
    .strictObject({
      falls: z.array(phrase).min(1),
      pushes: z.array(phrase).min(1),
      passive: z.array(phrase).default([]),
      downs: z.array(phrase).min(1),
      places: z.array(phrase).min(1),
      things: z.array(phrase).min(1),
      owners: z.array(phrase).default([]),
      joins: z.array(phrase).default([]),
      people: z.array(phrase).min(1),
      threats: z.array(phrase).default([]),
      within: z.number().int().min(1).max(6),
      thing_reads_as: conceptName,
      person_reads_as: conceptName,
      threat_reads_as: conceptName.optional(),
      thing_threat_reads_as: conceptName.optional(),
    })
    .optional(),
  /**
   * Harm told as done or as a pattern, then asked as "what should I do" ("bị chồng đánh thì phải làm gì, tôi chỉ muốn
   * nó thôi đánh", "con gái tôi bị một người trong xóm sờ mó, tôi nên làm gì để bảo vệ con"): someone weighing what to
   * do is not in the middle of it, so one of `situations` that would otherwise be danger now is a disclosure (its warm
   * reply, the number for next time, 111 for a child, the service). Only with a named person (`personal`, a child, an
   * adult or a kin word), one of `asks` and one of `told` heard, and none of `unless` (anything now or today, a weapon, a plea, blood,
   * confinement, rape): "chồng em đang cầm dao, phải làm gì" stays danger now.
   */
  what_to_do: askedAfterTold,
  /**
   * Harm told as over (the past, a recent day, a habit, the act told with its doer after "bị"), then a question about
   * reporting it ("báo ai", "có nên báo công an không", "làm sao để tố cáo"; session 32, issue 10): someone weighing
   * whom to report to is not in the middle of it, so one of `situations` that would be danger now is a disclosure (its
   * warm reply names 113 and the service). Only with a named person, no child (a child harmed keeps danger now with 111),
   * one of `asks` and one of `told`, and none of `unless` (a weapon, blood, a threat still standing, rape, the aggressor
   * still there). `near`: a just-now or "đang" cue that keeps danger now unless one of `away` tells the writer has left
   * it ("lúc nãy…, giờ về nhà rồi"). `standing`: a threat still standing, told with the report question and not as
   * past, is danger now even where the question's shape would make it a topic.
   */
  report_over: z
    .strictObject({
      asks: z.array(conceptName).min(1),
      told: z.array(conceptName).min(1),
      situations: z.array(z.enum(SITUATION_IDS)).min(1),
      away: z.array(conceptName).default([]),
      near: z.array(conceptName).default([]),
      standing: z.array(conceptName).default([]),
      unless: z.array(conceptName).default([]),
      /**
       * Where a child is heard, the situations this block still reads (a teacher, a neighbour, a parent who has learnt
       * of a child's abuse and asks whom to report to: the child-protection disclosure, 111 first), and the concepts
       * that keep danger now for a child on top of `unless`, `standing` and `near` (session 48, issue 10). Empty: a
       * child heard keeps every situation out, as before.
       */
      child_situations: z.array(z.enum(SITUATION_IDS)).default([]),
      child_unless: z.array(conceptName).default([]),
    })
    .optional(),
  /**
   * A topic framing (a thesis, a study, an assignment "về tự tử": `modifiers.informational`) beside the writer's own
   * wish to die (one of `wish`) with means at hand or a plan (one of `means`): "em làm tiểu luận về tự tử nhưng giờ em
   * cũng muốn chết, thuốc em để sẵn rồi" is no topic. Both must be heard; the framing then no longer makes the message
   * informational, and the reading goes on as without it.
   */
  topic_undone: z.strictObject({ wish: z.array(conceptName).min(1), means: z.array(conceptName).min(1) }).optional(),
  /**
   * Words by which a writer drops what they asked first and says what they mean ("à không", "à mà", "khoan"): the
   * part after the last of them is also read alone, and a danger now found there stands (see taken-back.ts).
   */
  taken_back: z.array(z.string().min(1)).default([]),
  /**
   * The writer says outright that nobody is in danger right now ("hiện giờ em không gặp nguy hiểm ngay", "she is not in
   * immediate danger", "em không có ý định làm hại bản thân"), then asks for help or a service. Writers who take the
   * trouble to say it are telling a lasting situation, not one they are in the middle of: one of `situations` that
   * would be danger now (a time of today, an "đang", a wish to vanish) is a disclosure instead: the warm reply, the
   * number for when it happens, the service. None of `unless` may be heard (a weapon, blood, a plea, someone held,
   * means at hand, a fire, a sign that kills): a message that tells an act now beside the assurance keeps danger now.
   */
  safety_told: z
    .strictObject({
      says: z.array(conceptName).min(1),
      situations: z.array(z.enum(SITUATION_IDS)).min(1),
      unless: z.array(conceptName).default([]),
      /**
       * The assurance taken back for someone else: one of `but` (the writer's safety said and then "but", "nhưng":
       * "em an toàn rồi nhưng…", "she is safe right now but…") with one of `acts` (a blow going on as the writer
       * writes: "đang đánh", "is hitting") keeps danger now. Safety told is the writer's; it says nothing of a child
       * or a mother being hit in the next room. Both must be heard: a habit or a past blow after the "but" ("she is
       * safe now but he hits her when he drinks") stays the lasting situation the assurance tells.
       */
      undone: z.strictObject({ but: z.array(conceptName).min(1), acts: z.array(conceptName).min(1) }).optional(),
    })
    .optional(),
  /**
   * A particular child seen by a teacher, a neighbour or a health worker, with a sign of harm (the situation's rule
   * fired) and a question of whom to tell ("bé lớp em hay có vết bầm…, em nên báo ai", "my student has burns on his arm,
   * who do I report to"): a counsellor hears a disclosure about that child, not a procedure question, so a reading that
   * would be informational (the question's shape, "quy trình", "nên") becomes a disclosure (111 first), or danger now
   * when one of `now` is heard and nothing tells it as past or a habit (a child locked out tonight, beaten next door
   * now). Only with one of `particular` (a child in particular: "có một bé", "học sinh lớp em", "bé hàng xóm", "my
   * student") and one of `asks`, and none of `unless` (a supposition "nếu thấy…", a question about signs, a joke): a
   * general question about nobody ("dấu hiệu trẻ bị bạo hành là gì", "giáo viên có phải báo không") stays informational.
   */
  child_reported: z
    .strictObject({
      situations: z.array(z.enum(SITUATION_IDS)).min(1),
      particular: z.array(conceptName).min(1),
      asks: z.array(conceptName).min(1),
      /** A sign that tells of one child and doubts the story given for it ("mẹ bảo ngã"): enough without `particular` and `asks`. */
      told: z.array(conceptName).default([]),
      now: z.array(conceptName).default([]),
      unless: z.array(conceptName).default([]),
    })
    .optional(),
  /**
   * A blow told in English as a habit of someone in particular (one of `habit`: "her father hits her", "is being abused
   * by her husband"; one of `particular`), for one of `situations` already heard: a where-to-get-help question after
   * it is a disclosure about that person, not a topic (session 44, issue 10). None of
   * `unless` (anything of now, a plea, blood, a weapon, a threat, a supposition, a joke) may be heard. It never raises
   * a situation by itself.
   */
  habit_reported: z
    .strictObject({
      situations: z.array(z.enum(SITUATION_IDS)).min(1),
      habit: z.array(conceptName).min(1),
      particular: z.array(conceptName).min(1),
      unless: z.array(conceptName).default([]),
    })
    .optional(),
  /**
   * A question about what an act that is a method does ("uống quá liều thuốc ngủ thì có buồn ngủ li bì không",
   * "hít khí than có gây ngộ độc không", "what happens if you take too many pills"): with one of `acts` (a method: pills,
   * poison, gas, a height) and one of `asks` (its effects or signs asked about), no one named (`personal`, a child, an
   * adult or a kin word) and none of `unless` (a wish to die, a plan, means at hand, anything now, a lethality question
   * such as "có chết không", "bao nhiêu viên"), one of `situations` is informational: the ordinary answer with the numbers,
   * not the emergency screen. Someone asking how such an act feels before doing it is still danger (`unless`).
   */
  /**
   * Whom to call asked about someone in particular with a sign that kills fast ("bà nội khó thở quá, tím tái rồi, gọi
   * ai", "ba em đang cầm dao, gọi số nào"): a cue of `asks` (whom or which number to call) reads as a general question
   * (`modifiers.hypothetical`), but here it asks for help now. With one of `signs`, someone named (`personal`, a child,
   * an adult or a kin word) and none of `unless` (a supposition such as "nếu", a joke, a past or a calm cue), one of
   * `situations` is danger now (session 29, issue 10).
   */
  /**
   * Help asked for by the writer after telling their own danger as fact ("em thấy mọi thứ vô nghĩa, mấy hôm nay em cứ
   * đứng trên ban công tầng 12 nhìn xuống, em nên làm gì"): a cue of `asks` (the writer's own "em nên làm gì") would
   * otherwise read as a general question (`modifiers.hypothetical`). With one of `told` (the writer's own state or act
   * told in the first person) and none of `unless` (a supposition, a witness's "if", a past), one of `situations` is
   * not downgraded by the question's shape (session 30 probe8, issue 10).
   */
  /**
   * Someone held, starved or taken and kept now (`acts`), told of someone in particular and asked as "how do I help"
   * (`asks`): the harm lasts until someone steps in, so the question's shape does not make it a topic; with none of
   * `unless`, one of `situations` is danger now (session 30 probe8, issue 10).
   */
  held_help_asked: actAsked,
  /**
   * How to help, support or talk to someone who wants to die or harms themselves (`acts`), asked (`asks`) of nobody in
   * particular, on an informational reading: the engine answers with the situation's own entry instead of a check-in
   * and a fallback (`wishHelpEntry` in src/nlp/engine.ts). None of `unless` (the past, a joke) and none of `now` (a
   * means, a place, a goodbye, a time: someone may be in danger as the writer asks) may be heard (session 46, issue 10).
   */
  wish_help_asked: actAsked
    .unwrap()
    .extend({ now: z.array(conceptName).default([]), not_a_wish: z.array(conceptName).default([]) })
    .optional(),
  /**
   * A supposition about after (`asks`: "nếu nó về thì…"), told after a real absence (`told`: "chưa về"): the one gone
   * is missing now, so the supposition does not make it a question (session 30 probe8, issue 10).
   */
  return_supposed: askedAfterTold,
  own_danger_asked: askedAfterTold,
  call_now: z
    .strictObject({
      asks: z.array(conceptName).min(1),
      signs: z.array(conceptName).min(1),
      situations: z.array(z.enum(SITUATION_IDS)).min(1),
      unless: z.array(conceptName).default([]),
      /**
       * Words naming someone beside the kin words (session 30, issue 10): "she", "he", "my dad" in English, whom the
       * Vietnamese person modifiers do not read.
       */
      someone: z.array(conceptName).default([]),
    })
    .optional(),
  effect_asked: actAsked,
  /**
   * A question about a group, not a person ("hỗ trợ trẻ mồ côi, trẻ bị bỏ rơi"): a cue of `groups` names a category of
   * people, a cue of `asks` asks for support, every child cue lies inside a group's words, and none of `unless` (a
   * person in particular, anything now, an act or a plea) is heard: the message is read as informational (its reading
   * adds a cue of the first `modifiers.informational` concept).
   */
  group_asked: z
    .strictObject({
      groups: z.array(conceptName).min(1),
      asks: z.array(conceptName).min(1),
      unless: z.array(conceptName).default([]),
    })
    .optional(),
  /**
   * A child who is only there while an adult is hurt ("ck tát em, em ôm con chạy ra ngõ"): when `situation`
   * fired with child abuse, every one of `concepts` (an adult, a child said to be present) is heard and every
   * child cue is one of `ambiguous_child`, the reply is for `situation` (see `police_first` for the numbers' order).
   */
  child_bystander: z
    .strictObject({
      situation: z.enum(SITUATION_IDS),
      concepts: z.array(conceptName).min(1),
      /**
       * Concepts that stand in for one of `concepts` (session 29, train37): an in-law or "ổng" is an adult, "con em ở
       * ngoài" a child said to be there, without widening the `adult` list every other rule reads.
       */
      alternatives: z.record(conceptName, z.array(conceptName).min(1)).default({}),
      /** Concepts that keep child abuse first: the child is the one hit or held ("đang đánh con"), not a bystander. */
      unless: z.array(conceptName).default([]),
      ambiguous_child: z.array(phrase).min(1),
      /**
       * The concept (one of `concepts`: the adult) that, heard itself or through a stand-in of `alternatives`, puts the
       * situation's own first number (113) before 111 when `situation` leads (session 36): only the police can stop an
       * attack on an adult; 111 follows for the child.
       */
      police_first: conceptName.optional(),
      /**
       * Children told only as had (session 44, issue 10: "em có 2 đứa con nhỏ, chồng hay đánh em khi say"): `concept`
       * (a stand-in for the child present, in `alternatives`) is heard only when every child word of the message stands
       * inside one of its phrases, and then stands in for `ambiguous_child` too ("bé", "đứa con" are children, but
       * told as existing, not harmed). Any of `unless` (a child told harmed) keeps child abuse first.
       */
      children_had: z.strictObject({ concept: conceptName, unless: z.array(conceptName).default([]) }).optional(),
    })
    .optional(),
  /**
   * A child who is the one the writer fears (session 29, issue 10: "con trai em 17t nghiện ma túy, đập phá đồ đạc đòi
   * tiền, em sợ lắm"): when `situation` fired with child abuse, one of `acts` (each a set heard whole: drugs and a
   * rampage) and one of `fear` are heard, and none of `unless` (another doer named, harm done to the child), the reply
   * is for `situation` and the child-protection advice and 111 no longer come first: the teenager is the aggressor.
   */
  child_aggressor: z
    .strictObject({
      situation: z.enum(SITUATION_IDS),
      acts: z.array(z.array(conceptName).min(1)).min(1),
      fear: z.array(conceptName).min(1),
      /**
       * A parent the object of the act (session 32, issue 10: "con trai cầm dao dọa giết mẹ", "thằng con say rượu về đánh
       * bố"): the grown child is the aggressor whether or not fear is told, unless one of `against_parent_unless` (an age
       * of a minor) is heard.
       */
      against_parent: z.array(conceptName).default([]),
      against_parent_unless: z.array(conceptName).default([]),
      /** The child cues that may name a grown son or daughter ("con", "con trai"): any other child cue keeps a child. */
      against_parent_child: z.array(z.string()).default([]),
      unless: z.array(conceptName).default([]),
    })
    .optional(),
  /**
   * An adult locked in or held at home by a partner or a family member (session 32, issue 10: "chồng không cho em ra
   * ngoài, khóa cửa nhốt em trong phòng từ hôm qua"): a locked door read with "không cho" fires the sexual-assault rule
   * [isolate, force], whose reply speaks of 72 hours and a pregnancy. When `instead_of` comes first and `situation`
   * fired too, one of `held` and one of `by` are heard, and none of `unless` (any sexual cue), `situation` names the
   * reply (the violence advice, 113 first). A child locked in is not touched: child abuse comes first there.
   */
  confined_at_home: z
    .strictObject({
      situation: z.enum(SITUATION_IDS),
      instead_of: z.enum(SITUATION_IDS),
      held: z.array(conceptName).min(1),
      by: z.array(conceptName).min(1),
      unless: z.array(conceptName).default([]),
      /**
       * An adult held or starved by a partner with no child heard at all (session 37: "chị tôi bị chồng nhốt trong nhà
       * không cho ăn"): when one of `instead_of` comes first only by its acts (no `child` cue) and one of `by` is
       * heard, none of `unless`, `situation` names the reply as above.
       */
      childless: z
        .strictObject({
          instead_of: z.array(z.enum(SITUATION_IDS)).min(1),
          by: z.array(conceptName).min(1),
          unless: z.array(conceptName).default([]),
        })
        .optional(),
    })
    .optional(),
  /**
   * An older person starved or kept short of food at home (session 44, issue 10: "bà nội tôi 85 tuổi bị con dâu bỏ đói",
   * "mẹ tôi 85 tuổi bị con dâu chửi mắng, không cho ăn uống đầy đủ. Tôi là con gái…"): when `instead_of` comes first,
   * one of `acts` and one of `elders` (an old age told, an older person named) are heard, none of `unless` (a sign of a
   * minor), and every child cue is one of `ambiguous_child` (the writer as a grown son or daughter, a daughter-in-law
   * as the doer), the one starved is the older person: `situation` names the reply, without the child-protection screen
   * or 111. A child starved ("bố mẹ bắt bé nhịn đói", "con bị dì ghẻ bỏ đói") has no old age told and stays child abuse.
   */
  elder_starved: z
    .strictObject({
      situation: z.enum(SITUATION_IDS),
      instead_of: z.enum(SITUATION_IDS),
      acts: z.array(conceptName).min(1),
      elders: z.array(conceptName).min(1),
      ambiguous_child: z.array(phrase).min(1),
      unless: z.array(conceptName).default([]),
    })
    .optional(),
  /**
   * A pupil bullied or extorted (session 32, issue 10: "em bị bắt nạt ở trường, tụi nó chặn đường đòi tiền"): one of
   * `harm` and one of `school` heard, none of `unless` (a university, the writer a teacher) and no age of 18 or more
   * told, the one harmed is a pupil, heard as a child (a `child` cue: 111, first when the harm is to the child). An
   * adult robbed in the street (no school told) keeps 113 without 111.
   */
  pupil_harmed: z
    .strictObject({
      harm: z.array(conceptName).min(1),
      school: z.array(conceptName).min(1),
      unless: z.array(conceptName).default([]),
    })
    .optional(),
  /**
   * The writer's younger sibling or cousin (session 30, issue 10: "thằng em", "em gái em", "my little brother"): "em"
   * names a younger sibling of any age, so `kin` is no child by itself. It makes one (a `child` cue) only with a sign
   * of a child: an age under `child_age_below` told right after it (after at most three of `age_lead`: "my little
   * brother (11)", "is 9"), one of `young` heard ("còn nhỏ", "tan học"), or one of `parents` doing one of `acts` to
   * it ("mạ tau đang đánh thằng em tau", "thằng em em bị ba đánh"). When the sibling is the one doing one of `acts`
   * (the act follows it in the same clause within `within` words, with none of `passive` between: "thằng em tôi nhốt
   * mẹ già") it adds `doer` instead, the sibling's own age makes no child, and when no child is left child abuse gives
   * way to `situation`: the one harmed decides, not the one doing harm (see src/safeguarding/younger-kin.ts).
   */
  younger_kin: z
    .strictObject({
      kin: z.array(conceptName).min(1),
      young: z.array(conceptName).default([]),
      acts: z.array(conceptName).min(1),
      /** Concepts of what the sibling holds on the way to the act ("cầm gậy đánh bà"): may stand between the two. */
      tools: z.array(conceptName).default([]),
      parents: z.array(phrase).default([]),
      /** Words that may stand between a parent and the act ("mạ tau đang đánh"). */
      fillers: z.array(phrase).default([]),
      passive: z.array(phrase).default([]),
      /** Words after an act that make it done to oneself ("nhốt mình"): the sibling is the one in danger. */
      reflexive: z.array(phrase).default([]),
      age_lead: z.array(phrase).default([]),
      /** Words before a bare age anywhere in a message naming a sibling ("she's 7", "he is 9"). */
      age_anywhere: z.array(phrase).default([]),
      within: z.number().int().min(1).max(8),
      doer: conceptName,
      situation: z.enum(SITUATION_IDS),
    })
    .optional(),
  /**
   * A sign that kills first, told now (`concepts`: not breathing, unconscious, blue lips, seizing, heavy bleeding):
   * when `medical` is danger now beside one of `situations` that is danger now too, the medical emergency names the
   * reply, so 115 and its first aid come first and that situation's numbers right after (111 for a child, 113 for
   * violence). A fire or a flood is not listed: getting out, or being rescued, comes before any first aid (114 first).
   */
  medical_first: z
    .strictObject({
      concepts: z.array(conceptName).min(1),
      situations: z.array(z.enum(SITUATION_IDS)).min(1),
      /**
       * Concepts that put the medical emergency ahead of violence only (session 31: someone pushed into water or down
       * the stairs needs the ambulance before the police); inside trafficking or child abuse that situation's advice
       * stays first.
       */
      ahead_of_violence: z.array(conceptName).default([]),
    })
    .optional(),
  /**
   * A fire set by someone on a home, a door, a vehicle or a person (`concepts`: arson; session 31, issue 10): when `fire`
   * is danger now beside one of `situations` that is danger now too (the violence of the one who set it), the fire names
   * the reply, so 114 and getting out come first and the other situation's numbers (113) follow. Applied before
   * `medical_first`, which never moves ahead of a fire.
   */
  fire_first: z
    .strictObject({
      concepts: z.array(conceptName).min(1),
      situations: z.array(z.enum(SITUATION_IDS)).min(1),
    })
    .optional(),
  /**
   * Numbers a concept adds after the reply's own when the named situation leads and is danger now (session 31 probe14,
   * issue 10): a threat to set fire to a home or a person ("he says he will burn our house tonight") is violence, 113
   * first, yet the fire brigade may be needed within the hour, so 114 follows. No fire burns yet, so the fire's advice
   * (and `fire_first`) does not apply.
   */
  numbers_added: z
    .array(
      z.strictObject({
        concepts: z.array(conceptName).min(1),
        situation: z.enum(SITUATION_IDS),
        numbers: z.array(z.enum(EMERGENCY_NUMBERS)).min(1),
      }),
    )
    .default([]),
  /**
   * With a child involved, these situations still call their own first number
   * (115 for a medical emergency, 114 for a fire) before 111: an ambulance or
   * the fire brigade is what saves the child; 111 comes right after.
   */
  child_second: z.array(z.enum(SITUATION_IDS)).default([]),
  /**
   * Concepts that, heard, let a situation told as danger now by its own `now_when` lead over another situation's
   * disclosure (session 33): a plea relayed from a victim ("chị nhắn 'cứu chị' rồi tắt máy") beside habitual
   * beatings is the violence happening now, not the missing person the switched-off phone also suggests.
   */
  danger_over_disclosure: z.array(conceptName).default([]),
  /**
   * Signs of a harm seen on someone, told with nothing else the rules hear (session 44, issue 10: cuts or scratches on a
   * teenager's arm, long sleeves in hot weather): where the message would otherwise raise nothing (a fallback) or a
   * question of `situation`, and a person is named, a disclosure of `situation`. It only ever lifts a message that raised
   * nothing: a rule's reading (danger now, a disclosure) stands. `unless`: an everyday cause told (a pet's scratch, a
   * kitchen cut, a fall, a surgery).
   */
  signs_seen: z
    .strictObject({
      situation: z.enum(SITUATION_IDS),
      signs: z.array(conceptName).min(1),
      unless: z.array(conceptName).default([]),
    })
    .optional(),
  /**
   * Child cues that an English message only seems to hold: "be" typed in English is read as "bé"
   * (and through the lexicon as "trẻ em"). In an English message these alone never mean a child.
   */
  english_not_child: z.array(phrase).default([]),
  /**
   * Words a phrase may have one of inside it, between two of its own words: object pronouns, so that
   * "bắt nhịn đói" also hears "bắt em nhịn đói" and "không cho ăn" hears "không cho con ăn".
   */
  gap_words: z.array(phrase).default([]),
  /**
   * Not wanting to live with someone ("con không muốn sống với dì ghẻ nữa", "ko con muon song voi ba duong"): a cue of
   * one of `wish` ending on one of `verb` right before one of `with` and a cue of one of `person` is about a household, not a wish to
   * die. The wish is silenced there as by a neutral phrase naming it (`only`), and the classifier may not bring its
   * situation back; another wish told beside it ("…, con muốn chết") keeps the alarm.
   */
  household_wish: z
    .object({
      wish: z.array(conceptName).min(1),
      verb: z.array(phrase).min(1),
      with: z.array(phrase).min(1),
      person: z.array(conceptName).min(1),
    })
    .optional(),
  /** A number below this followed by "tuổi" ("15t", "con em 8 tuổi") means a child is involved. */
  child_age_below: z.number().int().min(1).max(25).default(18),
  /**
   * Pills counted in digits ("uống 20 viên paracetamol lúc nãy", "took 30 pills"): a number of at least `at_least`
   * right before one of `units` (folded words) adds a cue of `reads_as` (a dose no prescription gives). Words such as
   * "cả vỉ" are phrases of that concept; a count in digits cannot be listed as phrases (session 29, issue 10).
   * `counted_as`: a concept heard only for such a count, apart from the amounts in words ("uống hết" is also one of
   * those, and "vừa uống hết ly sữa" swallows no medicine; session 48, issue 10).
   */
  pill_count: z
    .strictObject({
      at_least: z.number().int().min(2),
      units: z.array(z.string().min(1)).min(1),
      reads_as: conceptName,
      counted_as: conceptName.optional(),
    })
    .optional(),
  /** Words that mark a message as English (a message with enough of them gets the English reply). */
  english_words: z.array(phrase).min(10),
  /** One line per number, in the order given by each situation. */
  number_lines: z.strictObject({ '111': z.string(), '113': z.string(), '114': z.string(), '115': z.string() }),
  number_lines_en: z.strictObject({ '111': z.string(), '113': z.string(), '114': z.string(), '115': z.string() }),
  /** The center's hotline line, after the emergency numbers. */
  hotline_line: z.string().trim().min(5),
  hotline_line_en: z.string().trim().min(5),
  situations: z.record(z.enum(SITUATION_IDS), situationSchema),
  /** Buttons after a safeguarding reply and what each answers. */
  buttons: z.strictObject({
    safe: z.string().trim().min(2),
    human: z.string().trim().min(2),
    call_114: z.string().trim().min(2),
  }),
  /** The same buttons for a message written in English, with the call buttons' labels. */
  buttons_en: z.strictObject({
    safe: z.string().trim().min(2),
    human: z.string().trim().min(2),
    call: z.strictObject({ '111': z.string(), '113': z.string(), '114': z.string(), '115': z.string() }),
  }),
  safe_reply: z.string().trim().min(20),
  human_reply: z.string().trim().min(20),
  safe_reply_en: z.string().trim().min(20),
  human_reply_en: z.string().trim().min(20),
});
export type SafeguardingFile = z.infer<typeof safeguardingSchema>;

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every(isNumber);

/**
 * An array whose every item passes `isItem`, checked in one plain loop: the models hold tens of thousands
 * of features and weights, and zod's check of each item cost about 85 ms of every start-up.
 */
const arrayOf = <T>(isItem: (value: unknown) => value is T, what: string) =>
  z.custom<T[]>((value) => Array.isArray(value) && value.every(isItem), { message: `phải là danh sách ${what}` });

/** The file written by the training command. */
const networkSchema = z.object({
  settings: z.record(z.string(), z.unknown()),
  features: arrayOf(isString, 'các chuỗi'),
  intents: arrayOf(isString, 'các chuỗi'),
  perceptrons: arrayOf(isNumbers, 'các dãy số'),
});
export const classifierModelSchema = z.strictObject({
  /** Which corpus it was trained on, and how many messages. */
  trainedOn: z.string(),
  rows: z.number().int().positive(),
  /** Extra features of the word-pair model (accented words, character n-grams, concept names), as trained. */
  featureSet: z
    .strictObject({
      accented: z.boolean().optional(),
      charGrams: z.tuple([z.number().int().min(1), z.number().int().min(1)]).optional(),
      concepts: z.boolean().optional(),
    })
    .optional(),
  /** The word-pair model: words and pairs of neighbouring words. */
  network: networkSchema,
  /** The single-word model, a second opinion (see `classifier_threshold_words`). */
  words: networkSchema.optional(),
});
export type ClassifierModel = z.infer<typeof classifierModelSchema>;
