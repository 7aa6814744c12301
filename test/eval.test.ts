/**
 * Accuracy floors: the levels reached on the labelled sets. A change to the
 * matcher, the lexicon or the knowledge base that makes answers worse fails here.
 * Raise the floors when accuracy improves; never lower them to go green.
 * End of session 25: every floor raised to what the session's merged rounds reached (measured once, after the
 * last merge; blind sets' totals only). End of sessions 26, 27 and 28: the same, after each one's last merge.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enginePredictor, evaluate, parseEvalLines } from '../src/eval.ts';
import { realKnowledge } from './helpers/kb.ts';

interface Floor {
  inScope: number;
  outOfScope: number;
  noAccents: number;
  teencode: number;
  /** Out-of-scope rows labelled with an agency that were referred there. */
  referral?: number;
  /** Ceiling: share of questions answered outright with the wrong entry. */
  confidentWrong: number;
  /** English questions (matched by the entries' questions_en). */
  english?: number;
  /** In-scope questions answered outright with the right entry (no did-you-mean step). */
  answeredDirectly?: number;
  /**
   * Ceiling: ordinary questions given the emergency reply (none when left out). Added in session 28 at the counts
   * then reached, so that a round cannot trade a blind set's calm questions for recall unseen.
   */
  falseEmergencies?: number;
}

// dev: the project's dev set. extra, tune: written independently, used for
// curation (extra) and for tuning weights and thresholds (tune). holdout: written
// independently and never used for curation or tuning: the honest estimate.
const FLOORS: Record<string, Floor> = {
  'dev.jsonl': { inScope: 1, outOfScope: 1, noAccents: 1, teencode: 1, confidentWrong: 0 },
  // Session 29: "lam the nkt o dau ad" offers the disability certificate first ("thẻ nkt" is residents' name for it):
  // in scope 99.6% -> 100%, no accents and teencode 100%.
  'extra.jsonl': {
    inScope: 1,
    outOfScope: 1,
    noAccents: 1,
    teencode: 1,
    confidentWrong: 0,
    english: 1,
  },
  // tune in-scope 98.4% → 97.9% (one question, "Ôn mệ tui già rồi…", now falls back) when the classifier learnt
  // from train-q-c/d and answers need agreement or a margin: the trade chosen on the tune sets and cross-validation
  // for confident wrong answers 3.8% → 2.3% there (holdout2 4.3% → 2.0%, holdout3 3.7% → 2.3%).
  // Session 21b (a benefit for people with merit is referred): out of scope 97.1% -> 100%.
  // Session 28's confident-wrong round (issue 11: a named rate, an errand done for an older person and the disability
  // register offer the neighbour first).
  'tune.jsonl': {
    inScope: 0.984,
    outOfScope: 1,
    noAccents: 0.981,
    teencode: 0.976,
    confidentWrong: 0,
    english: 1,
  },
  'holdout.jsonl': {
    inScope: 0.958,
    outOfScope: 1,
    noAccents: 0.94,
    teencode: 0.892,
    confidentWrong: 0.007,
    falseEmergencies: 1,
  },
  // referral: written with the agencies file (dev set for referrals): questions other agencies handle,
  // and in-scope questions that use their words (BHYT for beneficiaries, tuition for poor households).
  'referral.jsonl': {
    inScope: 1,
    outOfScope: 1,
    noAccents: 1,
    teencode: 1,
    referral: 1,
    confidentWrong: 0,
  },
  // tune2, holdout2: a second pair written independently, with agency labels on out-of-scope rows;
  // agencies.yaml cues were written against tune2 only, never against holdout2.
  // With the intent classifier, "bot có người yêu chưa" (labelled out of scope, teencode), once offered
  // the bot's own help as a did-you-mean, falls back again. Session 22's neighbour gate (siblingAnswer): in scope
  // 98.0% -> 99.0%, directly 91.0% -> 92.0%.
  // Session 22: "Mạng Viettel bị chậm gọi tổng đài nào" is referred to the provider (agencies' brands): out of
  // scope 98.0% -> 100%, confident wrong 0.7% -> 0.
  // Session 22's single-offer gate (singleAnswer): directly 92.0% -> 93.0%.
  // Session 29 ("thẻ người khuyết tật" offers the disability certificate first): in scope 99.0% -> 100%, no accents 100%.
  'tune2.jsonl': {
    answeredDirectly: 0.94,
    inScope: 1,
    outOfScope: 1,
    noAccents: 1,
    teencode: 1,
    referral: 1,
    confidentWrong: 0,
    english: 1,
  },
  // tune3: a third independent set (240 in scope, 60 out of scope), used to curate the knowledge base.
  // One of its ordinary questions still raises a false emergency (an orphan whose mother "bỏ đi");
  // the other nine the safeguarding concepts raised before are answered now.
  // Session 22: English 100% -> 98.2% ("marriage counseling" falls back): the English analyzer's new synonyms
  // moved it, and the English questions that brought it back (couples counselling) cost a blind conversation set a
  // follow-up, so they were withdrawn at the merge; English over the readable sets still rose on the whole.
  // Session 25 (a group's service entry giving way to its money entry): in scope 98.3% -> 98.7%, directly 92.9% ->
  // 93.3%, no accents 96.8% -> 97.9%.
  // Session 25, round 4 (a long story's request sentence read alone when the whole story names no entry confidently):
  // directly 93.3% -> 93.8%. Session 30 (an English question after a comma read by itself): directly 93.8% -> 94.2%.
  // Session 45, at the end: answeredDirectly 0.941 -> 0.945.
  'tune3.jsonl': {
    inScope: 0.995,
    outOfScope: 1,
    noAccents: 1,
    teencode: 1,
    referral: 0.971,
    confidentWrong: 0,
    english: 1,
    answeredDirectly: 0.945,
  },
  // tune4: train-q-e (658 questions aimed at confusable entries, written for session 19), floors at its first
  // measurement. A model that also learnt from it, alone or with entry phrasings taken from its confusions,
  // lowered holdout2, holdout3 and conversations-holdout under their floors, so both were reverted.
  // Session 20, more of what residents ask each agency (agencies.yaml): out of scope 86.0% -> 88.2%, referral
  // 61.7% -> 87.8%; in scope, directly and confident wrong unchanged. Session 21, more cues: referral 89.6%.
  // Session 21b, agencies' procedures and more agencies (people with merit, legal aid and the courts): out of
  // scope 88.2% -> 91.4%, referral 94.8%, confident wrong 2.7% -> 2.0%; in scope unchanged.
  // Session 22's neighbour gate (siblingAnswer): in scope 89.2% -> 89.6%, directly 79.9% -> 80.3%.
  // Session 22 (agencies' brands, legal aid's procedures, more cues): out of scope 91.4% -> 92.5%, referral 96.5%,
  // confident wrong 2.0% -> 1.7%; in scope and directly unchanged.
  // Session 22's single-offer gate (singleAnswer): directly 82.0% -> 83.1%.
  // Session 23 (a lifted near miss, a sale, a text to write, the land office, business registration and the tax
  // office, a tuition waiver at the school): out of scope 92.5% -> 95.2%, referral 96.5% -> 97.4%, confident wrong
  // 1.7% -> 1.5%, English 93.2% -> 94.6%; in scope and directly unchanged.
  // Session 23, tune8's round ('bệnh viện nào' as the health facilities' procedure): out of scope 95.2% -> 95.7%,
  // referral 97.4% -> 98.3%, confident wrong 1.5% -> 1.4%.
  // Session 24 (a product, provider or pastime to choose): out of scope 95.7% -> 96.2%, confident wrong 1.4% -> 1.2%.
  // Session 25 (out of scope): agencies' procedures and cues (people with merit, ARV medicine, a cut supply, divorce
  // petitions, degrees, the school's waiver form) and no-service readings (a provider by its quality, the weather and
  // football) raised out of scope on tune6, tune8, tune9 and tune10, referral on tune6, tune8, tune9 and tune10, and
  // lowered confident wrong on tune8, tune9 and tune10; in scope and directly unchanged.
  // Session 25 (a long statement after an opening greeting is read, not greeted back): in scope 90.9% -> 91.1%,
  // directly 83.7% -> 83.9%.
  // Session 25, English round (relatives, nursing home, leaving): in scope 90.9% -> 91.1%, English 95.9% -> 97.3%.
  // Session 25, round 4 (a long story's request sentence read alone when the whole story names no entry confidently):
  // in scope 91.5% -> 91.9%, directly 83.9% -> 84.3%.
  'tune4.jsonl': {
    // Session 30's overruling gate (the classifier's far likelier entry over one only the matcher's words were sure of): in scope 435 -> 439/472, directly 399 -> 403.
    inScope: 0.93,
    outOfScope: 0.967,
    noAccents: 0.952,
    teencode: 0.903,
    referral: 1,
    confidentWrong: 0.011,
    english: 0.972,
    answeredDirectly: 0.853,
  },
  // tune5: train-q-f (524 questions written blind for session 20: short fragments, long stories, greetings,
  // dialect, English, 150 out of scope with near misses and referrals), floors at its first measurement,
  // before anything learnt from it: the honest estimate of the engine as it was (90.4% in scope, 80.7% directly,
  // 86.7% out of scope, referral 71.1%, 2.3% confident wrong). Raised after the agencies' cues (referral 85.6%),
  // and after session 21's (referral 90.0%). Session 21b's agencies' procedures: out of scope 87.3% -> 88.0%,
  // referral 92.2%, confident wrong 2.3% -> 2.1%; in scope unchanged. Session 22's neighbour gate
  // (siblingAnswer): in scope 91.7% -> 93.0%, directly 81.6% -> 82.9%.
  // Session 22: out of scope 88.7% -> 89.3%, referral 94.4%, confident wrong 2.1% -> 1.9%; in scope unchanged.
  // Session 22's single-offer gate (singleAnswer): directly 84.5% -> 85.3%.
  // Session 22's near-miss round (market prices, English and supplement/job-opening cues): out of scope
  // 89.3% -> 91.3%, confident wrong 1.9% -> 1.3%, English 96.6% -> 98.3%; in scope and directly unchanged.
  // Session 23 (a lifted near miss, a wage, a text to write, a tuition waiver at the school): out of scope
  // 91.3% -> 94.0%, referral 94.4% -> 96.7%, confident wrong 1.3% -> 1.0%, no accents 93.8% -> 94.9%.
  // Session 24 (the Youth Union's campaigns, a charity's own work, a cut internet cable): out of scope 94.0% -> 96.0%,
  // referral 96.7% -> 97.8%, confident wrong 1.0% -> 0.6%, no accents 94.9% -> 95.4%.
  // Session 25, round 4 (a long story's request sentence read alone when the whole story names no entry confidently):
  // in scope 94.1% -> 94.4%, directly 86.1% -> 86.6%.
  // Session 26's ordinary-story round ("bên trung tâm" no China, a family that visits little no missing person):
  // directly 86.6% -> 86.9%.
  // Session 29, issue 11 (a bare "bo" in a fixed phrase kept as "bỏ/bộ/bổ" by the lexicon): directly 86.9% -> 87.2%.
  'tune5.jsonl': {
    // Session 30's overruling gate (the classifier's far likelier entry over one only the matcher's words were sure of): in scope 353 -> 354/374, directly 326 -> 327.
    inScope: 0.946,
    outOfScope: 0.96,
    noAccents: 0.953,
    teencode: 1,
    referral: 0.977,
    confidentWrong: 0.002,
    english: 1,
    answeredDirectly: 0.874,
  },
  // tune6: train-q-g (466 questions written blind for session 21: indirect questions, a situation before the
  // question, place names, two-part questions, fragments, English; 130 out of scope, 77 of them near misses),
  // floors at its first measurement, before anything learnt from it: the honest estimate of the engine as it
  // was (92.9% in scope, 82.4% directly, 82.3% out of scope, referral 75.0%, 3.6% confident wrong). Raised after
  // the agencies' cues learnt from it and tune4-5 (out of scope 83.1%, referral 82.5%, English 93.1%).
  // Session 21b's agencies' procedures: out of scope 83.1% -> 88.5%, referral 91.3%, confident wrong 3.6% -> 2.1%.
  // Session 22's neighbour gate (siblingAnswer): in scope 93.5% -> 93.8%, directly 82.7% -> 83.0%.
  // Session 22: out of scope 90.0% -> 90.8%, referral 92.5% -> 93.8%; in scope and confident wrong unchanged.
  // Session 22's single-offer gate (singleAnswer): directly 85.1% -> 87.8%.
  // Session 22's near-miss round: out of scope 90.8% -> 93.8%, confident wrong 1.9% -> 1.5%, teencode 89.0% -> 90.2%.
  // Session 23 (a script to write): out of scope 93.8% -> 94.6%, confident wrong 1.5% -> 1.3%.
  // Session 23, tune8's round ('tuyển dụng'): out of scope 94.6% -> 95.4%, referral 93.8% -> 95.0%, no accents
  // 98.8% -> 100%.
  // Session 24 (a product, provider, film or trip to choose, the Youth Union's campaigns): out of scope 95.4% -> 98.5%,
  // confident wrong 1.3% -> 0.9%, English 96.6% -> 98.3%; the no-accents and English floors raised to what they measure.
  // Session 25 (an older relative's age past 80 heard as "80 tuổi"): in scope 94.0% -> 94.3%, directly 87.8% -> 88.1%.
  // Session 25, English round (the hotline's number read as a call): directly 87.8% -> 88.1%.
  'tune6.jsonl': {
    // Session 32's situations reading (issue 11, a did-you-mean confirmed): directly 299 -> 300/336.
    inScope: 0.943,
    outOfScope: 0.992,
    noAccents: 1,
    teencode: 0.902,
    referral: 0.962,
    confidentWrong: 0.009,
    english: 0.982,
    answeredDirectly: 0.892,
  },
  // tune7: train-q-h (454 questions written blind for session 22: a situation, a side remark and the question
  // in one line, numbers, who decides/how much/when paid/where to collect, synonyms; 130 out of scope, 80 near
  // misses), floors at its first measurement, before anything learnt from it (82.3% out of scope, referral 74.1%,
  // 4.4% confident wrong). Session 22's agencies' cues, procedures and brands, learnt from it: out of scope 90.0%,
  // referral 95.3%, confident wrong 2.9%, English 94.6%; in scope and directly unchanged. (90.8% and 96.5% with
  // "chất độc da cam" as a cue for people with merit, which cost holdout5 an in-scope question and was removed.)
  // Session 22's English wordings and analyzer (tune3-7): English 89.1% -> 91.9%, directly 83.6% -> 84.9%,
  // in scope 93.2% -> 93.5%; tune4 English 90.5% -> 94.6%, directly 80.2% -> 82.2%;
  // tune5 English 94.9% -> 98.3%, directly 82.8% -> 84.8%; tune6 English 93.1% -> 94.8%, directly 83.0% -> 85.1%.
  // At the merge, the new English questions of center-contact, service-family and service-mental-health were
  // withdrawn (each cost a blind conversation set one follow-up): tune4 English 93.2%, directly 82.0%; tune5 96.6%, 84.5%.
  // Session 22's single-offer gate (singleAnswer): directly 84.9% -> 87.3%.
  // Session 22's near-miss round: out of scope 90.0% -> 91.5%, confident wrong 2.9% -> 2.4%, English 97.3% -> 100%.
  // Session 23 (a lifted near miss, the employment service named outright, a volunteer group's business registration,
  // a translation): out of scope 91.5% -> 94.6%, referral 95.3% -> 97.6%, confident wrong 2.4% -> 1.5%.
  // Session 23, tune8's round (another kind of center is not the social work center): out of scope 94.6% -> 95.4%.
  // Session 24 (team building, a private school's course, a refused divorce paper for the courts): out of scope
  // 95.4% -> 97.7%, referral 97.6% -> 98.8%, confident wrong 1.5% -> 1.3%, no accents 94.0% -> 95.4%, teencode
  // 92.1% -> 94.7%.
  // Session 28's confident-wrong round (issue 11: a named rate, an errand done for an older person and the disability
  // register offer the neighbour first).
  'tune7.jsonl': {
    // Session 32's situations reading (issue 11, a did-you-mean confirmed): directly 287 -> 288/324.
    // Session 30's overruling gate (the classifier's far likelier entry over one only the matcher's words were sure of): in scope 306 -> 308/324, directly 285 -> 287.
    inScope: 0.95,
    outOfScope: 0.976,
    noAccents: 0.966,
    teencode: 0.947,
    referral: 0.988,
    confidentWrong: 0.007,
    english: 1,
    answeredDirectly: 0.888,
    falseEmergencies: 2,
  },
  // tune8: train-q-i (459 questions written blind for session 23: people asking for someone else, documents,
  // offices and forms, a change in the family, 2-5 word questions, a misspelt key word, dialect; 130 out of scope,
  // 83 near misses), floors at its first measurement, before anything learnt from it. Directly 86.6% -> 86.3%
  // (one question) when session 23's near-miss gate, written before tune8 arrived, was merged: "ba noi em 80t roi …
  // giay xac nhan khong luong huu, giay do lam o dau" is now a did-you-mean with the right entry first (the
  // certificate of no pension is the social insurance office's); the gate gained out of scope on every blind set.
  // Session 23, tune8's round (agencies' errands in residents' words, another organisation's line, a kept pet, a
  // cheap or private price, another kind of center): out of scope 84.6% -> 93.1%, referral 79.8% -> 94.0%,
  // confident wrong 3.7% -> 1.7%, English 85.0% -> 90.0%, no accents 92.9% -> 94.8%; in scope and directly unchanged.
  // Session 23's second safeguarding round: in scope and directly up once four ordinary questions ("tre em bi bo roi",
  // "ho tro nha bi chay", a neighbour with no family, a cousin home after trafficking) stopped getting the emergency screen.
  // Session 24 (an app to choose, a charity's own work, a university's course, an unpaid debt for the courts): out of
  // scope 93.1% -> 95.4%, referral 94.0% -> 95.2%, confident wrong 1.7% -> 1.1%, no accents 96.1% -> 96.8%.
  // Session 32's out-of-scope readings (issue 11): out of scope 125 -> 126/130, confident wrong 3 -> 2/459.
  'tune8.jsonl': {
    inScope: 0.957,
    outOfScope: 0.969,
    noAccents: 0.974,
    teencode: 0.935,
    referral: 0.976,
    confidentWrong: 0.005,
    english: 0.975,
    answeredDirectly: 0.881,
  },
  // tune9: train-q-j (451 questions written blind for session 24: older people on cheap phones, two topics in one
  // question, what happens after applying, ages and amounts as digits, private services as near misses, dialect;
  // 130 out of scope), floors at its first measurement, before anything learnt from it.
  // Session 25, English round (relatives, the hotline's number): in scope 89.1% -> 89.4%, directly 80.4% -> 81.0%,
  // English 88.9% -> 91.7%. Session 26's ordinary-story round (a homeless person no missing person): in scope 90.0% ->
  // 90.3%.
  // Session 27's false-alarm round (a care question beside a habit, a group, a disaster's relief, a "what should I do"):
  // in scope 90.3% -> 90.7%, directly 81.3% -> 81.6%, false emergencies 2 -> 1.
  // Session 29, issue 11 (a bare "bo" in a fixed phrase kept as "bỏ/bộ/bổ" by the lexicon): directly 81.6% -> 81.9%.
  // Session 45, at the end: inScope 0.912 -> 0.915.
  'tune9.jsonl': {
    // Session 30's overruling gate (the classifier's far likelier entry over one only the matcher's words were sure of): in scope 291 -> 293/321, directly 263 -> 265.
    inScope: 0.915,
    outOfScope: 0.938,
    noAccents: 0.918,
    teencode: 0.826,
    referral: 0.905,
    confidentWrong: 0.016,
    english: 0.916,
    answeredDirectly: 0.825,
    falseEmergencies: 1,
  },
  // tune10: train-q-k (360 questions written blind for session 24, each describing a person by an age, a condition
  // or a situation: 200 asking what that person can get, 80 asking something else the center answers, 80 for
  // another agency or nobody), floors at its first measurement, before anything learnt from it.
  // Session 24, round 2 (a person described and a money ask, person-asked.ts): in scope 75.4% -> 77.1%, directly
  // 58.6% -> 64.3%, confident wrong 6.7% -> 6.4%, no accents 80.5% -> 81.7%, teencode 65.0% -> 80.0%; the same
  // round raised tune2 (directly 93% -> 94%), tune4, tune5 and tune9 (directly, one question each) and tune7's
  // confident wrong (1.5% -> 1.3%).
  // Session 24, round 3 (ages by a birthday or birth year, "được nhận", "chưa có tiền", a serious illness, English
  // money words, "không đóng bảo hiểm gì"): in scope 78.9%, directly 64.6% -> 67.9%, no accents 82.9%, teencode
  // 85.0%, English 77.4%; tune3 directly 92.1% -> 92.5%.
  // Session 24, English round (an age read as child or elderly, autistic/marriage/couples/assessment, a survivor
  // pension and a cataract operation referred, a short English phrase with an unknown long word): in scope 78.9% ->
  // 80.0%, directly 67.9% -> 68.6%, referral 79.1% -> 80.6%, English 77.4% -> 87.1%; the same round raised tune3
  // (in scope 97.9% -> 98.3%, directly, English 100%), tune4 (in scope, English 94.6% -> 95.9%), tune5 (in scope,
  // directly, English 100%), tune8 (in scope 94.8% -> 95.1%, directly, English 92.5% -> 97.5%) and tune9 (directly,
  // referral 81.2% -> 83.5%, English 83.3% -> 88.9%).
  // Session 25 (one age reader; an older relative's age past 80 heard as "80 tuổi"; a group's service entry giving
  // way to its money entry when money is named): in scope 80.4% -> 81.8%, directly 68.9% -> 70.4%, no accents
  // 82.9% -> 84.1%, teencode 85.0% -> 90.0%.
  // Session 25, English round (relatives, a pension asked for someone else): directly 68.9% -> 69.6%, referral
  // 80.6% -> 82.1%, English 87.1% -> 90.3%.
  // Session 25, round 2 (issue 11): a neighbour asked for is offered first (residential care, help besides the money,
  // the amount when a figure is told, who qualifies beside a pension): in scope raised on tune3-5 and tune8-11,
  // confident wrong lowered on tune3-5, tune10 and tune11.
  // Session 25, round 4 (a long story's request sentence read alone when the whole story names no entry confidently):
  // in scope 83.9% -> 84.3%, directly 71.4% -> 71.8%.
  // Session 27's false-alarm round: in scope 84.3% -> 84.6%, directly 71.8% -> 72.1%, false emergencies 2 -> 1.
  // Session 28's confident-wrong round (issue 11: a named rate, an errand done for an older person and the disability
  // register offer the neighbour first).
  'tune10.jsonl': {
    inScope: 0.86,
    outOfScope: 0.975,
    noAccents: 0.902,
    teencode: 0.9,
    referral: 0.94,
    confidentWrong: 0.028,
    english: 0.903,
    // Session 29's English question sentence (an English story's did-you-mean confirmed by its question): directly
    // 202 -> 203/280.
    answeredDirectly: 0.725,
    falseEmergencies: 1,
  },
  // tune11: train-q-l (360 questions written blind for session 25: 150 describing a person by an age, a condition or
  // a situation, 70 everyday questions, 140 out of scope of which 70 near misses), floors at its first measurement,
  // before anything learnt from it. It also brought 7 false emergencies on ordinary questions (a stroke or dementia
  // in a question about papers or care, a dog bite yesterday, a house collapsed after a flood).
  // Session 25, English round (a nursing home, a pension and a school place asked for someone else): in scope
  // 78.2% -> 78.6%, directly 69.1% -> 69.5%, referral 72.2% -> 74.4%, English 63.0% -> 74.1%.
  // Raised by session 25's lasting states (a stroke told as lasting beside a papers or diet question: 2 false emergencies fewer): in scope
  // 78.6% -> 79.1%, out of scope 89.3% -> 90.0%, directly 69.5% -> 70.0%.
  // Session 25 round 3 (a group named in a question about something else): tune3, tune5, tune7–tune11 raised.
  // Session 25, out of scope round 2 (a procedure not done yet, school catchment, a lawsuit, a held vehicle, a hospital
  // bill or record, a notarised paper, a defence lawyer, a doctor at home, finding work): out of scope 91.4% -> 94.3%,
  // referral 76.7% -> 91.1%, confident wrong 5.3% -> 4.4%, English 74.1% -> 77.8%; the same round raised referral on
  // tune8 (96.4% -> 97.6%), tune9 (85.9% -> 89.4%) and tune10 (89.6% -> 94.0%).
  // Session 27's false-alarm round: in scope 81.8% -> 82.7%, directly 70.9% -> 71.8%, false emergencies 2 -> 0.
  // Session 27 (counselling's English questions name grief after a death): in scope 81.8% -> 82.3%, directly
  // 70.9% -> 71.4%, English 77.8% -> 81.5%.
  'tune11.jsonl': {
    // Session 30's overruling gate (the classifier's far likelier entry over one only the matcher's words were sure of): in scope 183 -> 184/220, directly 160 -> 161.
    inScope: 0.836,
    outOfScope: 0.964,
    noAccents: 0.901,
    teencode: 0.777,
    referral: 0.933,
    confidentWrong: 0.034,
    english: 0.851,
    // Session 29's English question sentence (an English story's did-you-mean confirmed by its question): directly
    // 159 -> 160/220.
    answeredDirectly: 0.731,
  },
  // tune12 (train-q-m, written blind at the start of session 26): floors at its first measurement.
  // Session 26's false-alarm round: false emergencies 9 → 4; in scope 83.6% → 84.1%, directly 67.7% → 68.2%, out of
  // scope 90.7% → 92.9%, referral 69% → 71%. Session 26's referral cues: out of scope 90.7% → 92.9%, referral
  // 69.0% → 86.0%. Session 26's story round (the Dao people no knife, papers a person only holds): in scope 84.5% →
  // 85.5%, directly 68.2% → 68.6%. Session 26's ordinary-story round (a death told as past, a homeless old man, a
  // disclosure leading to the disability papers): in scope 85.5% → 86.4%, directly 68.6% → 69.1%, referral 88% → 89%.
  // Session 27's false-alarm round: in scope 86.4% -> 87.3%, false emergencies 4 -> 1.
  // Session 28's confident-wrong round (issue 11: a named rate, an errand done for an older person and the disability
  // register offer the neighbour first).
  'tune12.jsonl': {
    // Session 32's situations reading (issue 11, a did-you-mean confirmed): directly 156 -> 157/220.
    // Session 31's agency cues (issue 11): out of scope 136 -> 137/140, referral 91 -> 92/100.
    // Session 30's overruling gate (the classifier's far likelier entry over one only the matcher's words were sure of): in scope 194 -> 196/220, directly 154 -> 156.
    inScope: 0.89,
    outOfScope: 0.978,
    noAccents: 0.977,
    teencode: 0.795,
    referral: 0.92,
    confidentWrong: 0.029,
    english: 0.916,
    // Session 29's English question sentence (an English story's did-you-mean confirmed by its question): directly
    // 152 -> 154/220.
    answeredDirectly: 0.713,
    falseEmergencies: 1,
  },
  // tune13 (train-q-n, written blind at the start of session 27, 87 stories, many naming an illness, a death or a
  // past trouble calmly): floors at its first measurement, before any change of that session.
  // Session 27's referral round (agency cues; books, songs, games, donation drives and timetables no service): out of
  // scope 83.1% -> 91.5%, referral 70.1% -> 87.4%, confident wrong 3.9% -> 3.1%, English 71.4% -> 85.7%; the same
  // round raised out of scope and referral on tune4, tune10-tune12 and lowered confident wrong on tune11 and tune12.
  // Session 27's danger-as-a-question round (a rabies shot, a fever's medicine, a deleted account, treatment taken):
  // in scope 85.2% -> 85.7%, out of scope 83.1% -> 85.4%, referral 70.1% -> 71.3%, false emergencies 6 -> 1.
  // Session 28's confident-wrong round (issue 11: a named rate, an errand done for an older person and the disability
  // register offer the neighbour first).
  'tune13.jsonl': {
    inScope: 0.865,
    outOfScope: 0.938,
    noAccents: 0.95,
    teencode: 0.852,
    referral: 0.885,
    confidentWrong: 0.029,
    english: 0.857,
    // Session 29's English question sentence (an English story's did-you-mean confirmed by its question): directly
    // 163 -> 164/230.
    answeredDirectly: 0.717,
    falseEmergencies: 1,
  },
  // tune14 (train-q-o, written blind during session 27: calm ordinary questions that mention a stroke, a death, a past
  // fire or assault, a relative in prison; no emergency at all): floors at its first measurement, 11 false emergencies.
  // Session 27's calm-mention round (issue 10): after two floor runs failed on holdout12 and most of the round was
  // withdrawn, false emergencies 11 -> 10 (a late payment); every floored total unchanged.
  // Session 27's treatment round (issue 10, `treatment_course`): false emergencies 9 -> 5, in scope 157 -> 158/220,
  // directly 129 -> 130, no accents 32 -> 33/40.
  // Session 28's confident-wrong round (issue 11: a named rate, an errand done for an older person and the disability
  // register offer the neighbour first).
  // Session 29's false-emergency round (issue 10): in scope 161 -> 162/220, directly 131 -> 132, out of scope 88 -> 89/100,
  // referral 51 -> 52/67.
  // Session 31's disclosure request (a disclosure in a story's background followed by the request's confident entry):
  // in scope 163 -> 166/220.
  // Session 45, at the end: inScope 0.754 -> 0.759.
  // Session 46, at the end: inScope 0.759 -> 0.763, answeredDirectly 0.609 -> 0.613.
  'tune14.jsonl': {
    // Session 32's situations reading (issue 11, a did-you-mean confirmed): directly 132 -> 134/220.
    inScope: 0.763,
    outOfScope: 0.89,
    noAccents: 0.85,
    teencode: 0.839,
    referral: 0.791,
    confidentWrong: 0.032,
    english: 0.583,
    answeredDirectly: 0.613,
    // Session 28's calm-story round: 5 → 3 (a parent who walked out; harm told as the reason for a divorce).
    // Session 29's false-emergency round: 3 → 1 (epilepsy under treatment, a newborn already taken to hospital).
    falseEmergencies: 1,
  },
  // tune15 (train-q-p, written blind for session 28: 247 of 300 are stories about a person, many near misses that
  // belong to another agency): floors at its first measurement. Session 28's story round (issue 11: agency cues for
  // near misses, the center's social pension name, cues told only in a story's background): in scope 72.1% -> 73.7%,
  // directly 59.5% -> 60.0%, out of scope 85.5% -> 86.4%, referral 73.9% -> 81.8%, confident wrong 3.7% -> 3.4%; tune14
  // and tune4 raised with it. (Older people's stories read as money questions up to 70 syllables were reverted: one
  // confident wrong answer more on holdout10 and on holdout11.)
  // Session 28's English referral cues (a pension not paid, a visa, a custody case, land): English 70.0% -> 80.0%,
  // referral 73.9% -> 76.1%.
  // Session 28's confident-wrong round (issue 11: a named rate, an errand done for an older person and the disability
  // register offer the neighbour first).
  'tune15.jsonl': {
    // Session 32's situations reading (issue 11, a did-you-mean confirmed): directly 122 -> 123/190.
    // Session 31's agency cues (issue 11): referral 74 -> 75/88.
    // Session 30's overruling gate (the classifier's far likelier entry over one only the matcher's words were sure of): in scope 147 -> 148/190, directly 121 -> 122.
    // Session 31's disclosure request: in scope 149 -> 150/190.
    inScope: 0.789,
    // Session 29's false-emergency round: out of scope 96 -> 97/110, referral 73 -> 74/88 (a custody case referred).
    outOfScope: 0.881,
    noAccents: 0.871,
    teencode: 0.857,
    referral: 0.852,
    confidentWrong: 0.031,
    english: 0.9,
    // Session 29's English question sentence (an English story's did-you-mean confirmed by its question): directly
    // 118 -> 121/190.
    answeredDirectly: 0.647,
    // Session 28's calm-story round: 18 → 11 (calm words that spell a danger cue, wandering of a mental illness, visits
    // forbidden, a worry of exploitation, a sign brought on by exertion, "vượt qua lúc này").
    // Session 29's false-emergency round: 10 → 9 (a custody case asked about in English).
    // Session 30's false-emergency round: 9 → 8 (a death told as sudden).
    falseEmergencies: 8,
  },
  // tune16 (train-q-q, written blind for session 29 with the held-out sets' prompt): floors at its first measurement.
  // Session 29's first-turn round (a speech or wish to compose, an appliance shop's line: no service): out of scope
  // 93.6% -> 95.5%. Session 29's false-emergency round (issue 10): in scope 205 -> 210/240, directly 173 -> 175/240.
  // Session 45, at the end: inScope 0.887 -> 0.891.
  // Session 46, at the end: inScope 0.891 -> 0.9, answeredDirectly 0.741 -> 0.75.
  'tune16.jsonl': {
    // Session 31's agency cues (issue 11): in scope 211 -> 212/240, referral 64 -> 69/74, English 23 -> 25/30.
    // Session 34's agency cues, drug names and negation (issue 11): in scope 212 -> 213/240, directly 177 -> 178.
    inScope: 0.9,
    // Session 29's English question sentence (an English story's did-you-mean confirmed by its question): directly
    // 175 -> 176/240.
    answeredDirectly: 0.75,
    outOfScope: 0.954,
    noAccents: 0.916,
    teencode: 0.941,
    // Session 30's agency cues (a land-use certificate by its official name): referral 63 -> 64/74.
    referral: 0.932,
    confidentWrong: 0.015,
    english: 0.866,
    // Session 29's false-emergency round: 7 → 1 (danger denied outright, someone withdrawn at home, an arrest, a child
    // already handed to the police). Session 30's: 1 → 0 (an aid named for emergencies after a sudden death).
    falseEmergencies: 0,
  },
  // tune17 (train-q-r, written blind for session 30 with the held-out sets' prompt): floors at its first measurement.
  // Session 45, at the end: answeredDirectly 0.687 -> 0.691.
  'tune17.jsonl': {
    // Session 31's agency cues (issue 11): referral 65 -> 66/71, English 26 -> 27/37.
    // Session 30 (overruling gate, agency cues, "mấy anh chị"): in scope 192 -> 195/240, directly 160 -> 163, out of
    // scope 98 -> 101/110; session 31's disclosure request: in scope 199 -> 200/240,
    inScope: 0.833,
    answeredDirectly: 0.691,
    // Session 32's out-of-scope readings (issue 11): out of scope 103 -> 104/110 (a thesis topic).
    outOfScope: 0.945,
    noAccents: 0.941,
    teencode: 0.923,
    // referral 57 -> 63/71, confident wrong 9 -> 8/346, English 23 -> 25/37.
    referral: 0.929,
    confidentWrong: 0.024,
    english: 0.729,
    // Session 30's false-emergency round (issue 10): 8 → 0 (a place name, a SIM's subscription, "số con", a birth that
    // is over, an old stroke's lasting state, a runaway back home, the writer staying with her mother, a witness's
    // suspicion); alone it moved in scope 192 -> 196/240 and referral 57 -> 59/71.
    falseEmergencies: 0,
  },
  // tune18 (train-q-s, written blind for session 31 with the held-out sets' prompt): floors at its first measurement.
  // Session 31 (issue 10, false emergencies): 8 → 1 false emergencies; in scope 88.8% → 90.8%, directly 76.3% → 77.1%,
  // out of scope 95.5% → 96.4%, no accents 92.0% → 94.0%, teencode 91.7% → 93.5%, referral 81.4% → 82.9%.
  // Session 45, at the end: inScope 0.92 -> 0.925.
  // Session 46, at the end: outOfScope 0.99 -> 1, referral 0.957 -> 0.971.
  'tune18.jsonl': {
    // Session 31's disclosure request: in scope 213 -> 215/240.
    // Session 31's agency cues (issue 11): in scope 213 -> 214/240, out of scope 105 -> 108/110, referral 57 -> 66/70, confident wrong 5 -> 2/345, English 25 -> 27/32.
    inScope: 0.925,
    answeredDirectly: 0.77,
    outOfScope: 1,
    noAccents: 0.96,
    teencode: 0.953,
    referral: 0.971,
    confidentWrong: 0.006,
    english: 0.843,
    falseEmergencies: 1,
  },
  // tune19 (train-q-t, written blind for session 32 with the held-out sets' prompt): floors at its first measurement.
  // Session 32 (issue 11, out-of-scope readings and agency cues): out of scope 96 -> 105/110, referral 63 -> 67/70,
  // confident wrong 12 -> 7/346, teencode 65 -> 66/70.
  // Session 45, at the end: answeredDirectly 0.766 -> 0.775.
  // Session 46, at the end: inScope 0.879 -> 0.883, answeredDirectly 0.775 -> 0.779.
  // Session 48, at the end: inScope 0.883 -> 0.887, falseEmergencies 5 -> 4.
  'tune19.jsonl': {
    // Session 34's agency cues, drug names and negation (issue 11): in scope 210 -> 211/240.
    inScope: 0.887,
    answeredDirectly: 0.779,
    outOfScope: 0.954,
    noAccents: 1,
    teencode: 0.942,
    referral: 0.957,
    confidentWrong: 0.021,
    english: 0.931,
    // Session 33 (issue 10, safety told in English with "right now"): 6 -> 5.
    falseEmergencies: 4,
  },
  // tune20 (train-q-u, written blind for session 33 with the held-out sets' prompt): floors at its first measurement.
  // Session 33 (issue 11, a paper asked as a requirement is not a referral): in scope 203 -> 204/240.
  // Session 45, at the end: inScope 0.85 -> 0.854, outOfScope 0.918 -> 0.927, falseEmergencies 3 -> 1.
  // Session 46, at the end: referral 0.838 -> 0.852.
  // Session 47, at the end: referral 0.852 -> 0.867.
  'tune20.jsonl': {
    inScope: 0.854,
    answeredDirectly: 0.729,
    // Session 34's agency cues, drug names and negation (issue 11): referral 55 -> 56/68.
    outOfScope: 0.927,
    noAccents: 0.982,
    teencode: 0.846,
    referral: 0.867,
    confidentWrong: 0.035,
    english: 0.842,
    falseEmergencies: 1,
  },
  // tune21 (train-q-v, written blind for session 34 with the held-out sets' prompt): floors at its first measurement.
  // Session 44, at the end: falseEmergencies 4 -> 3.
  // Session 45, at the end: answeredDirectly 0.791 -> 0.8.
  'tune21.jsonl': {
    // Session 34's agency cues, drug names and negation (issue 11): in scope 213 -> 215/240, referral 65 -> 68/73, English 35 -> 38/40.
    inScope: 0.908,
    answeredDirectly: 0.8,
    outOfScope: 0.963,
    noAccents: 0.939,
    teencode: 0.928,
    referral: 0.931,
    confidentWrong: 0.012,
    english: 0.975,
    falseEmergencies: 3,
  },
  // tune22 (train-q-w, written blind for session 35 with the held-out sets' prompt): floors at its first measurement.
  // Session 45, at the end: inScope 0.866 -> 0.87, outOfScope 0.9 -> 0.909, referral 0.911 -> 0.926.
  // Session 46, at the end: inScope 0.87 -> 0.879, answeredDirectly 0.725 -> 0.729, falseEmergencies 6 -> 5.
  // Session 47, at the end: inScope 0.879 -> 0.883, falseEmergencies 5 -> 4.
  // Session 48, at the end: falseEmergencies 4 -> 3.
  'tune22.jsonl': {
    inScope: 0.883,
    answeredDirectly: 0.729,
    // Session 36's known place names ("Bai Chay" is no fire): out of scope 98 -> 99/110, English 29 -> 30/34, false
    // emergencies 7 -> 6.
    outOfScope: 0.909,
    noAccents: 0.842,
    teencode: 0.822,
    referral: 0.926,
    confidentWrong: 0.021,
    english: 0.882,
    falseEmergencies: 3,
  },
  // tune23 (train-q-x, written blind for session 36 with the held-out sets' prompt): floors at its first measurement.
  // Session 45, at the end: inScope 0.875 -> 0.879, answeredDirectly 0.766 -> 0.77, outOfScope 0.909 -> 0.918, falseEmergencies 6 -> 5.
  'tune23.jsonl': {
    inScope: 0.879,
    answeredDirectly: 0.77,
    outOfScope: 0.918,
    noAccents: 0.884,
    teencode: 0.836,
    referral: 0.846,
    confidentWrong: 0.029,
    english: 0.967,
    falseEmergencies: 5,
  },
  // tune24 (train-q-y, written blind for session 37 with the held-out sets' prompt): floors at its first measurement.
  // Session 44, at the end: inScope 0.891 -> 0.895, falseEmergencies 8 -> 7.
  // Session 45, at the end: answeredDirectly 0.745 -> 0.75.
  'tune24.jsonl': {
    // Session 37 (issue 10, mh): 87.9% → 88.8% in scope, 73.3% → 74.2% directly after despair told with a wish to
    // talk; the landslide fix (fe) alone gave 88.3% and 73.8%. Raised together at the end of the session.
    inScope: 0.895,
    answeredDirectly: 0.75,
    outOfScope: 0.963,
    noAccents: 0.928,
    teencode: 0.82,
    referral: 0.853,
    confidentWrong: 0.018,
    english: 0.769,
    // Session 37: 9 → 8 after a family sheltered after a landslide asks for relief (`sheltered_now`); in scope 0.879 →
    // 0.883, directly 0.733 → 0.737.
    falseEmergencies: 7,
  },

  // tune25 (train-q-z, written blind for session 38 with the held-out sets' prompt): floors at its first measurement.
  // Session 45, at the end: inScope 0.883 -> 0.895, answeredDirectly 0.737 -> 0.741, falseEmergencies 5 -> 4.
  'tune25.jsonl': {
    inScope: 0.895,
    answeredDirectly: 0.741,
    outOfScope: 0.918,
    noAccents: 0.803,
    teencode: 0.847,
    referral: 0.803,
    confidentWrong: 0.024,
    english: 0.878,
    falseEmergencies: 4,
  },

  // tune26 (train-q-aa, written blind for session 39 with the held-out sets' prompt): floors at its first measurement.
  // Session 44, at the end: referral 0.901 -> 0.915.
  // Session 45, at the end: inScope 0.841 -> 0.845.
  // Session 46, at the end: inScope 0.845 -> 0.858, answeredDirectly 0.708 -> 0.716.
  'tune26.jsonl': {
    inScope: 0.858,
    answeredDirectly: 0.716,
    outOfScope: 0.945,
    noAccents: 0.976,
    teencode: 0.919,
    referral: 0.915,
    confidentWrong: 0.021,
    english: 0.809,
    falseEmergencies: 4,
  },

  // tune27 (train-q-ab, written blind for session 40 with the held-out sets' prompt): floors at its first measurement.
  // Session 45, at the end: answeredDirectly 0.741 -> 0.745, outOfScope 0.936 -> 0.945, referral 0.869 -> 0.884, falseEmergencies 5 -> 4.
  // Session 47, at the end: inScope 0.866 -> 0.87.
  'tune27.jsonl': {
    inScope: 0.87,
    answeredDirectly: 0.745,
    outOfScope: 0.945,
    noAccents: 0.928,
    teencode: 0.892,
    referral: 0.884,
    confidentWrong: 0.038,
    english: 0.809,
    falseEmergencies: 4,
  },
  // tune28 (train-q-ac, written blind for session 41 with the held-out sets' prompt): floors at its first measurement.
  // Session 44, at the end: inScope 0.908 -> 0.912, falseEmergencies 4 -> 3.
  // Session 45, at the end: inScope 0.912 -> 0.92, answeredDirectly 0.804 -> 0.808, referral 0.828 -> 0.842.
  // Session 48, at the end: falseEmergencies 3 -> 2.
  'tune28.jsonl': {
    inScope: 0.92,
    answeredDirectly: 0.808,
    outOfScope: 0.909,
    noAccents: 0.952,
    teencode: 0.929,
    referral: 0.842,
    confidentWrong: 0.024,
    english: 0.78,
    falseEmergencies: 2,
  },
  // tune29 (train-q-ad, written blind for session 42 with the held-out sets' prompt): floors at its first measurement.
  // Session 42 (ref29), martyrs' relatives named by kinship: referral 81.4% -> 82.9%.
  // Session 43: 187 -> 192/240 in scope, 154 -> 156 directly, referral 58 -> 59/70, false emergencies 16 -> 11.
  // Session 44 (elder_starved): false emergencies 11 -> 10.
  // Session 44: 192 -> 196/240 in scope, 156 -> 158 directly, false emergencies 11 -> 6 (a wish to leave, a dropout,
  // school neglect signs, pictures posted to threaten, sounds often heard: no danger now).
  // Session 44, at the end: referral 0.842 -> 0.857, falseEmergencies 6 -> 5.
  // Session 45, at the end: inScope 0.816 -> 0.825, answeredDirectly 0.658 -> 0.666, outOfScope 0.909 -> 0.918, referral 0.857 -> 0.871.
  // Session 46, at the end: inScope 0.825 -> 0.829, answeredDirectly 0.666 -> 0.67.
  'tune29.jsonl': {
    inScope: 0.829,
    answeredDirectly: 0.67,
    outOfScope: 0.918,
    noAccents: 0.882,
    teencode: 0.755,
    referral: 0.871,
    confidentWrong: 0.044,
    english: 0.761,
    falseEmergencies: 5,
  },
  // tune30 (train-q-ae, written blind for session 43 with the held-out sets' prompt): floors at its first measurement.
  // Session 43: 212 -> 215/240 in scope, 184 -> 187 directly, referral 52 -> 55/68, false emergencies 6 -> 2.
  // Session 44: 215 -> 216/240 in scope (self-harm marks seen on a teenager: a disclosure, not a fallback).
  // Session 44, at the end: inScope 0.899 -> 0.904, referral 0.808 -> 0.838.
  // Session 45, at the end: inScope 0.904 -> 0.908, answeredDirectly 0.779 -> 0.787, referral 0.838 -> 0.852.
  'tune30.jsonl': {
    inScope: 0.908,
    answeredDirectly: 0.787,
    outOfScope: 0.954,
    noAccents: 0.914,
    teencode: 0.92,
    referral: 0.852,
    confidentWrong: 0.015,
    english: 0.766,
    falseEmergencies: 2,
  },
  // tune31 (train-q-af, written blind for session 44 with the held-out sets' prompt): floors at its first measurement
  // (211/240 in scope, 188 directly, 102/110 out of scope, referral 54/68, 4/344 confident wrong, 10 false emergencies).
  // Session 44 (iB): 10 -> 8 false emergencies, 211 -> 212 in scope (a rooftop vegetable how-to, a child's development check).
  // Session 44 (iE): 8 -> 7 false emergencies (a child abused last week, told safe with the parent now: a disclosure).
  // Session 44, at the end: inScope 0.883 -> 0.887, answeredDirectly 0.783 -> 0.787, outOfScope 0.927 -> 0.936, referral 0.794 -> 0.911.
  // Session 45, at the end: inScope 0.887 -> 0.891, outOfScope 0.936 -> 0.954, referral 0.911 -> 0.941, falseEmergencies 7 -> 6.
  // Session 48, at the end: inScope 0.891 -> 0.895, answeredDirectly 0.787 -> 0.791, falseEmergencies 6 -> 5.
  'tune31.jsonl': {
    inScope: 0.895,
    answeredDirectly: 0.791,
    outOfScope: 0.954,
    noAccents: 0.823,
    teencode: 0.892,
    referral: 0.941,
    confidentWrong: 0.012,
    english: 0.705,
    falseEmergencies: 5,
  },
  // tune32 (train-q-ag, written blind for session 45 with the held-out sets' prompt): floors at its first measurement
  // (201/240 in scope, 172 directly, 104/110 out of scope, referral 56/68, 5/344 confident wrong, 10 false emergencies).
  // Session 45, at the end: inScope 0.837 -> 0.862, answeredDirectly 0.716 -> 0.725, outOfScope 0.945 -> 0.954, referral 0.823 -> 0.882, falseEmergencies 10 -> 6.
  // Session 46, at the end: inScope 0.862 -> 0.87, falseEmergencies 6 -> 4.
  'tune32.jsonl': {
    inScope: 0.87,
    answeredDirectly: 0.725,
    outOfScope: 0.954,
    noAccents: 0.89,
    teencode: 0.924,
    referral: 0.882,
    confidentWrong: 0.015,
    english: 0.727,
    falseEmergencies: 4,
  },

  // Session 19: 85.8% → 86.3% in scope, 73.3% → 74.2% directly, after ordinary questions stopped raising
  // false emergencies (the safeguarding round chose its rules on the intent training corpora, not here).
  // Session 20: confident wrong 2.0% → 1.7% (holdout3: 2.3% → 1.7%, out of scope 87.3% → 89.1%) after
  // "chào ad, cho em hỏi …" stopped being read as a greeting (found by hand in the terminal chat).
  'holdout2.jsonl': {
    inScope: 0.9,
    outOfScope: 0.945,
    noAccents: 0.957,
    teencode: 0.875,
    referral: 0.876,
    confidentWrong: 0.015,
    answeredDirectly: 0.795,
  },
  // holdout3: a third held-out set (240 in scope, 110 out of scope), written blind in session 18; floors at
  // its first measurement, before anything was tuned after it arrived. Its misses stay hidden.
  // Raised after the intent classifier (in-scope 84.2% → 88.8%); holdout3 was never used to choose anything.
  // Out of scope: 82.7% with the classifier, 81.8% after the safeguarding round of the same session, which
  // raised crisis recall 3-5 points on four blind holdouts and turned one out-of-scope question here into a
  // false emergency screen (safety first: the floor stays at that round's level, its first measurement).
  // Second intent round (more training data, the agreement gate): in-scope 89.6%, out of scope 86.4%, confident
  // wrong 2.3%, but answered directly 81.3% → 80.0% (the gate turns a few right answers into a did-you-mean
  // with the right entry first): that trade was chosen on the tune sets and cross-validation, not here.
  // Session 21's agencies' cues, measured once at the end: referral 80.0% -> 81.5%.
  // Session 45, at the end: outOfScope 0.936 -> 0.945, referral 0.892 -> 0.907.
  'holdout3.jsonl': {
    inScope: 0.925,
    answeredDirectly: 0.875,
    outOfScope: 0.945,
    noAccents: 0.911,
    teencode: 0.75,
    referral: 0.907,
    confidentWrong: 0.012,
    falseEmergencies: 1,
  },
  // holdout4: a fourth held-out set (240 in scope, 110 out of scope), written blind at the start of session 19;
  // floors at its first measurement (92.5% in scope, 80.0% directly), raised after the session's merges.
  // Its misses stay hidden.
  // Session 21's agencies' cues, measured once at the end: referral 83.1% -> 84.6%. Session 21b's agencies'
  // procedures and new agencies, measured once at the end: out of scope 89.1% -> 90.0%, referral 86.2%.
  // Session 44, at the end: outOfScope 0.954 -> 0.963, falseEmergencies 3 -> 2.
  'holdout4.jsonl': {
    inScope: 0.954,
    answeredDirectly: 0.866,
    outOfScope: 0.963,
    noAccents: 0.978,
    teencode: 0.896,
    referral: 0.923,
    confidentWrong: 0.006,
    falseEmergencies: 2,
  },
  // holdout5: a fifth held-out set (240 in scope, 110 out of scope), written blind at the start of session 20;
  // floors at its first measurement. Its misses stay hidden. Session 20's agencies' cues, measured once at the
  // end: referral 78.4% -> 84.6%, out of scope 84.5% -> 85.5% (holdout2-4's referral floors raised likewise).
  // Session 21's agencies' cues, measured once at the end: referral 84.6% -> 87.7%. Session 21b's agencies'
  // procedures and new agencies, measured once at the end: out of scope 85.5% -> 86.4%, referral 89.2%.
  // Session 45, at the end: outOfScope 0.954 -> 0.963, falseEmergencies 3 -> 2.
  'holdout5.jsonl': {
    inScope: 0.958,
    answeredDirectly: 0.887,
    outOfScope: 0.963,
    noAccents: 0.951,
    teencode: 0.972,
    referral: 1,
    confidentWrong: 0.006,
    falseEmergencies: 2,
  },
  // holdout6: a sixth held-out set (240 in scope, 110 out of scope), written blind at the start of session 21;
  // floors at its first measurement, before any change of that session. Its misses stay hidden.
  'holdout6.jsonl': {
    inScope: 0.958,
    answeredDirectly: 0.895,
    outOfScope: 0.972,
    noAccents: 0.936,
    teencode: 0.972,
    referral: 0.938,
    confidentWrong: 0.015,
    falseEmergencies: 1,
  },
  // holdout7: a seventh held-out set (240 in scope, 110 out of scope), written blind at the start of session 22;
  // floors at its first measurement, before any change of that session. Its misses stay hidden.
  'holdout7.jsonl': {
    inScope: 0.966,
    answeredDirectly: 0.929,
    outOfScope: 0.945,
    noAccents: 0.957,
    teencode: 0.884,
    referral: 0.907,
    confidentWrong: 0.012,
    falseEmergencies: 1,
  },
  // holdout8: an eighth held-out set (240 in scope, 110 out of scope), written blind at the start of session 23;
  // floors at its first measurement, before any change of that session. Its misses stay hidden.
  // Session 45, at the end: outOfScope 0.936 -> 0.945, referral 0.907 -> 0.923.
  'holdout8.jsonl': {
    inScope: 0.945,
    answeredDirectly: 0.883,
    outOfScope: 0.945,
    noAccents: 0.929,
    teencode: 0.965,
    referral: 0.923,
    confidentWrong: 0.018,
    english: 0.956,
  },
  // Blind floors raised at the end of session 24 to what its merged rounds reached (measured once, after the last merge).
  // holdout9: a ninth held-out set (240 in scope, 110 out of scope), written blind at the start of session 24;
  // floors at its first measurement, before any change of that session. Its misses stay hidden.
  // Session 45, at the end: inScope 0.954 -> 0.958, answeredDirectly 0.908 -> 0.916, falseEmergencies 5 -> 4.
  // Session 46, at the end: inScope 0.958 -> 0.962.
  'holdout9.jsonl': {
    inScope: 0.962,
    answeredDirectly: 0.916,
    outOfScope: 0.954,
    noAccents: 0.955,
    teencode: 0.966,
    referral: 0.892,
    confidentWrong: 0.003,
    english: 0.924,
    falseEmergencies: 4,
  },
  // holdout10: a tenth held-out set (240 in scope, at least 50 describing a person by an age, a condition or a
  // situation; 110 out of scope), written blind at the start of session 25; floors at its first measurement, before
  // any change of that session (it also brought 5 false emergencies). Its misses stay hidden.
  // Session 45, at the end: answeredDirectly 0.825 -> 0.829.
  // Session 46, at the end: inScope 0.887 -> 0.891, answeredDirectly 0.829 -> 0.833.
  'holdout10.jsonl': {
    inScope: 0.891,
    answeredDirectly: 0.833,
    outOfScope: 0.909,
    noAccents: 0.9,
    teencode: 0.857,
    referral: 0.892,
    confidentWrong: 0.023,
    english: 0.826,
    falseEmergencies: 4,
  },
  // holdout11: written blind at the start of session 26 (110 of its 240 in-scope questions describe a person, 17 longer
  // than 600 characters); floors at its first measurement, before any change of that session.
  // Session 45, at the end: inScope 0.858 -> 0.862, answeredDirectly 0.72 -> 0.725.
  // Session 48, at the end: falseEmergencies 8 -> 7.
  'holdout11.jsonl': {
    inScope: 0.862,
    answeredDirectly: 0.725,
    outOfScope: 0.927,
    noAccents: 0.928,
    teencode: 0.864,
    referral: 0.857,
    confidentWrong: 0.027,
    english: 0.8,
    falseEmergencies: 7,
  },
  // holdout12: written blind at the start of session 27 (76 of its 240 in-scope questions are stories, 17 longer than
  // 600 characters): floors at its first measurement, before any change of that session.
  // Session 45, at the end: inScope 0.875 -> 0.879, answeredDirectly 0.75 -> 0.758, outOfScope 0.936 -> 0.945, referral 0.901 -> 0.915.
  // Session 46, at the end: inScope 0.879 -> 0.883, answeredDirectly 0.758 -> 0.762.
  // Session 47, at the end: inScope 0.883 -> 0.887.
  'holdout12.jsonl': {
    inScope: 0.887,
    answeredDirectly: 0.762,
    outOfScope: 0.945,
    noAccents: 0.882,
    teencode: 0.938,
    referral: 0.915,
    confidentWrong: 0.021,
    english: 0.833,
    falseEmergencies: 4,
  },
  // holdout13: written blind at the start of session 28 (76 of its 240 in-scope questions are stories, 16 longer than
  // 600 characters): floors at its first measurement, before any change of that session.
  // Session 45, at the end: inScope 0.854 -> 0.858, answeredDirectly 0.729 -> 0.737.
  // Session 46, at the end: inScope 0.858 -> 0.866, answeredDirectly 0.737 -> 0.741, falseEmergencies 8 -> 7.
  'holdout13.jsonl': {
    inScope: 0.866,
    answeredDirectly: 0.741,
    outOfScope: 0.89,
    noAccents: 0.91,
    teencode: 0.833,
    referral: 0.757,
    confidentWrong: 0.024,
    english: 0.761,
    falseEmergencies: 7,
  },
  // holdout14: written blind at the start of session 29 (63 of its 240 in-scope questions are stories, 18 longer than
  // 600 characters): floors at its first measurement, before any change of that session.
  // Session 45, at the end: answeredDirectly 0.679 -> 0.683.
  // Session 46, at the end: inScope 0.829 -> 0.833, answeredDirectly 0.683 -> 0.687.
  'holdout14.jsonl': {
    inScope: 0.833,
    answeredDirectly: 0.687,
    outOfScope: 0.918,
    noAccents: 0.829,
    teencode: 0.777,
    referral: 0.855,
    confidentWrong: 0.032,
    english: 0.75,
    falseEmergencies: 5,
  },
  // holdout15: written blind at the start of session 30 (65 of its 240 in-scope questions are stories, 19 longer than
  // 600 characters): floors at its first measurement, before any change of that session.
  // Session 45, at the end: inScope 0.85 -> 0.854.
  'holdout15.jsonl': {
    inScope: 0.854,
    answeredDirectly: 0.712,
    outOfScope: 0.927,
    noAccents: 0.909,
    teencode: 0.864,
    referral: 0.787,
    confidentWrong: 0.032,
    english: 0.85,
    falseEmergencies: 5,
  },
  // holdout16: written blind at the start of session 31 (63 of its 240 in-scope questions are stories, 17 longer than
  // 600 characters): floors at its first measurement, before any change of that session.
  // Session 45, at the end: answeredDirectly 0.716 -> 0.72.
  'holdout16.jsonl': {
    inScope: 0.837,
    answeredDirectly: 0.72,
    outOfScope: 0.936,
    noAccents: 0.914,
    teencode: 0.81,
    referral: 0.863,
    confidentWrong: 0.038,
    english: 0.74,
    falseEmergencies: 5,
  },
  // holdout17: written blind at the start of session 32 (79 of its 240 in-scope questions are stories, 16 longer than
  // 600 characters): floors at its first measurement, before any change of that session.
  // Session 45, at the end: inScope 0.837 -> 0.841, answeredDirectly 0.72 -> 0.729.
  'holdout17.jsonl': {
    inScope: 0.841,
    answeredDirectly: 0.729,
    outOfScope: 0.9,
    noAccents: 0.851,
    teencode: 0.864,
    referral: 0.869,
    confidentWrong: 0.024,
    english: 0.882,
    falseEmergencies: 7,
  },
  // holdout18: written blind at the start of session 33 (67 of its 240 in-scope questions are stories, 16 longer than
  // 600 characters): floors at its first measurement, before any change of that session.
  // Session 45, at the end: inScope 0.845 -> 0.85, answeredDirectly 0.716 -> 0.72.
  'holdout18.jsonl': {
    inScope: 0.85,
    answeredDirectly: 0.72,
    outOfScope: 0.909,
    noAccents: 0.921,
    teencode: 0.811,
    referral: 0.862,
    confidentWrong: 0.032,
    english: 0.9,
    falseEmergencies: 10,
  },
  // holdout19: written blind at the start of session 34; floors at its first measurement, before any change of that
  // session's rounds (197/240 in scope, 164/240 directly, 103/110 out of scope, 8/346 confident wrong).
  // Session 45, at the end: inScope 0.82 -> 0.829, answeredDirectly 0.683 -> 0.687.
  'holdout19.jsonl': {
    inScope: 0.829,
    answeredDirectly: 0.687,
    outOfScope: 0.936,
    noAccents: 0.964,
    teencode: 0.833,
    referral: 0.913,
    confidentWrong: 0.024,
    english: 0.809,
    falseEmergencies: 5,
  },
  // holdout20: written blind at the start of session 35; floors at its first measurement, before any change of that
  // session's rounds (221/240 in scope, 193/240 directly, 98/110 out of scope, 11/346 confident wrong).
  // Session 44, at the end: referral 0.844 -> 0.857.
  // Session 47, at the end: inScope 0.92 -> 0.925.
  'holdout20.jsonl': {
    inScope: 0.925,
    answeredDirectly: 0.804,
    outOfScope: 0.89,
    noAccents: 0.925,
    teencode: 0.916,
    referral: 0.857,
    confidentWrong: 0.032,
    english: 0.896,
    falseEmergencies: 2,
  },
  // holdout21: written blind at the start of session 36; floors at its first measurement, before any change of that
  // session's rounds (208/240 in scope, 186/240 directly, 98/110 out of scope, 13/346 confident wrong).
  // Session 45, at the end: inScope 0.866 -> 0.875, answeredDirectly 0.775 -> 0.783, outOfScope 0.89 -> 0.9, referral 0.867 -> 0.882, falseEmergencies 4 -> 2.
  // Session 47, at the end: inScope 0.875 -> 0.879, falseEmergencies 2 -> 1.
  'holdout21.jsonl': {
    inScope: 0.879,
    answeredDirectly: 0.783,
    outOfScope: 0.9,
    noAccents: 0.867,
    teencode: 0.848,
    referral: 0.882,
    confidentWrong: 0.038,
    english: 0.851,
    falseEmergencies: 1,
  },
  // holdout22: written blind at the start of session 37; floors at its first measurement, before any change of that
  // session's rounds (206/240 in scope, 179/240 directly, 101/110 out of scope, 9/345 confident wrong).
  // Session 44, at the end: referral 0.885 -> 0.9.
  // Session 45, at the end: inScope 0.858 -> 0.862, answeredDirectly 0.745 -> 0.75.
  'holdout22.jsonl': {
    inScope: 0.862,
    answeredDirectly: 0.75,
    outOfScope: 0.918,
    noAccents: 0.932,
    teencode: 0.94,
    referral: 0.9,
    confidentWrong: 0.027,
    english: 0.857,
    falseEmergencies: 5,
  },
  // holdout23: written blind at the start of session 38; floors at its first measurement, before any change of that
  // session's rounds (213/240 in scope, 178/240 directly, 96/110 out of scope, 10/347 confident wrong).
  // Session 45, at the end: inScope 0.887 -> 0.891, answeredDirectly 0.741 -> 0.75, outOfScope 0.872 -> 0.881, referral 0.842 -> 0.855.
  'holdout23.jsonl': {
    inScope: 0.891,
    answeredDirectly: 0.75,
    outOfScope: 0.881,
    noAccents: 0.871,
    teencode: 0.935,
    referral: 0.855,
    confidentWrong: 0.029,
    english: 0.923,
    falseEmergencies: 5,
  },
  // holdout24: written blind at the start of session 39; floors at its first measurement, before any change of that
  // session's rounds (198/240 in scope, 167/240 directly, 97/110 out of scope, 10/346 confident wrong).
  // Session 44, at the end: inScope 0.825 -> 0.829, falseEmergencies 13 -> 12.
  // Session 48, at the end: inScope 0.829 -> 0.833, falseEmergencies 12 -> 11.
  'holdout24.jsonl': {
    inScope: 0.833,
    answeredDirectly: 0.695,
    outOfScope: 0.881,
    noAccents: 0.864,
    teencode: 0.93,
    referral: 0.83,
    confidentWrong: 0.029,
    english: 0.714,
    falseEmergencies: 11,
  },
  // holdout25: written blind at the start of session 40; floors at its first measurement, before any change of that
  // session's rounds (213/240 in scope, 176/240 directly, 99/110 out of scope, 10/346 confident wrong).
  // Session 45, at the end: inScope 0.887 -> 0.891.
  'holdout25.jsonl': {
    inScope: 0.891,
    answeredDirectly: 0.733,
    outOfScope: 0.9,
    noAccents: 0.939,
    teencode: 0.855,
    referral: 0.84,
    confidentWrong: 0.029,
    english: 0.871,
    falseEmergencies: 5,
  },
  // holdout26: written blind at the start of session 41; floors at its first measurement, before any change of that
  // session's rounds (207/240 in scope, 174/240 directly, 104/110 out of scope, 7/346 confident wrong).
  // Session 45, at the end: inScope 0.862 -> 0.866, answeredDirectly 0.725 -> 0.729.
  'holdout26.jsonl': {
    inScope: 0.866,
    answeredDirectly: 0.729,
    outOfScope: 0.945,
    noAccents: 0.906,
    teencode: 0.891,
    referral: 0.873,
    confidentWrong: 0.021,
    english: 0.813,
    falseEmergencies: 6,
  },
  // holdout27: written blind at the start of session 42; floors at its first measurement, before any change of that
  // session's rounds (213/240 in scope, 188/240 directly, 102/110 out of scope, 9/345 confident wrong).
  // Session 44, at the end: inScope 0.887 -> 0.895, answeredDirectly 0.783 -> 0.787, falseEmergencies 7 -> 5.
  // Session 45, at the end: inScope 0.895 -> 0.904, falseEmergencies 5 -> 4.
  'holdout27.jsonl': {
    inScope: 0.904,
    answeredDirectly: 0.787,
    outOfScope: 0.927,
    noAccents: 0.896,
    teencode: 0.837,
    referral: 0.911,
    confidentWrong: 0.027,
    english: 0.909,
    falseEmergencies: 4,
  },
  // holdout28: written blind at the start of session 43; floors at its first measurement, before any change of that
  // session's rounds (220/240 in scope, 190/240 directly, 104/110 out of scope, 5/345 confident wrong).
  // Session 43, at the end (blind totals once): referral 57 -> 59/68.
  // Session 44, at the end: outOfScope 0.945 -> 0.954, referral 0.867 -> 0.897, falseEmergencies 9 -> 8.
  // Session 47, at the end: inScope 0.916 -> 0.92, falseEmergencies 8 -> 7.
  'holdout28.jsonl': {
    inScope: 0.92,
    answeredDirectly: 0.791,
    outOfScope: 0.954,
    noAccents: 0.92,
    teencode: 0.931,
    referral: 0.897,
    confidentWrong: 0.015,
    english: 0.885,
    falseEmergencies: 7,
  },
  // holdout29: written blind at the start of session 44; floors at its first measurement, before any change of that
  // session's rounds (207/240 in scope, 176/240 directly, 106/110 out of scope, referral 54/68, 7/345 confident wrong).
  // Session 44, at the end: referral 0.794 -> 0.867.
  // Session 47, at the end: inScope 0.862 -> 0.866, referral 0.867 -> 0.882.
  // Session 48, at the end: falseEmergencies 7 -> 6.
  'holdout29.jsonl': {
    inScope: 0.866,
    answeredDirectly: 0.733,
    outOfScope: 0.963,
    noAccents: 0.933,
    teencode: 0.894,
    referral: 0.882,
    confidentWrong: 0.021,
    english: 0.733,
    falseEmergencies: 6,
  },
  // holdout30: written blind at the start of session 45; floors at its first measurement, before any change of that
  // session's rounds (214/240 in scope, 185/240 directly, 104/110 out of scope, referral 58/68, 6/345 confident wrong).
  // Session 45, at the end: inScope 0.891 -> 0.895, referral 0.852 -> 0.867.
  // Session 46, at the end: inScope 0.895 -> 0.9, falseEmergencies 6 -> 5.
  // Session 48, at the end: falseEmergencies 5 -> 4.
  'holdout30.jsonl': {
    inScope: 0.9,
    answeredDirectly: 0.77,
    outOfScope: 0.945,
    noAccents: 0.962,
    teencode: 0.9,
    referral: 0.867,
    confidentWrong: 0.018,
    english: 0.741,
    falseEmergencies: 4,
  },
  // tune33 (train-q-ah, written blind for session 46 with the held-out sets' prompt): floors at its first measurement
  // (220/240 in scope, 183 directly, 109/110 out of scope, referral 64/68, 3/345 confident wrong, 5 false emergencies).
  // Session 46: inScope 0.916 -> 0.929, answeredDirectly 0.762 -> 0.77, noAccents 0.941 -> 0.955, teencode 0.923 ->
  // 0.948, referral 0.941 -> 0.985 (a mental illness's allowance, funeral money after an accident, volunteering, a
  // loan not repaid, fired without notice, which clinic).
  // Session 46, at the end: inScope 0.929 -> 0.937, answeredDirectly 0.77 -> 0.779, falseEmergencies 5 -> 4.
  'tune33.jsonl': {
    inScope: 0.937,
    answeredDirectly: 0.779,
    outOfScope: 0.99,
    noAccents: 0.955,
    teencode: 0.948,
    referral: 0.985,
    confidentWrong: 0.0087,
    english: 0.941,
    falseEmergencies: 4,
  },
  // holdout31: written blind at the start of session 46; floors at its first measurement, before any change of that
  // session's rounds (219/240 in scope, 189/240 directly, 104/110 out of scope, referral 55/68, 4/345 confident wrong).
  // Session 46, at the end: inScope 0.912 -> 0.916, answeredDirectly 0.787 -> 0.791, referral 0.808 -> 0.823.
  // Session 47, at the end: inScope 0.916 -> 0.92, referral 0.823 -> 0.838.
  'holdout31.jsonl': {
    inScope: 0.92,
    answeredDirectly: 0.791,
    outOfScope: 0.945,
    noAccents: 0.974,
    teencode: 1,
    referral: 0.838,
    confidentWrong: 0.012,
    english: 0.766,
    falseEmergencies: 6,
  },
  // tune34 (train-q-ai, written blind for session 47 with the held-out sets' prompt): floors at its first measurement
  // (213/240 in scope, 186 directly, 107/110 out of scope, referral 58/68, 4/345 confident wrong, 6 false emergencies).
  // Session 47 (mA): inScope 213 -> 215/240, answeredDirectly 186 -> 188, teencode 56 -> 57/59, falseEmergencies 6 -> 4
  // (a toddler's autism screening twice, no longer an emergency).
  // Session 47 (mE): cues for fetching medicine, tap water gone, land built over and, in English, buying land and
  // unpaid wages: out of scope 107 → 108/110, referral 58 → 63/68, confident wrong 4 → 3/345, English 29 → 31/37, no
  // accents 65 → 66/69.
  // Session 47, at the end: inScope 0.895 -> 0.912, answeredDirectly 0.783 -> 0.787, falseEmergencies 4 -> 1.
  // Session 48, at the end: inScope 0.912 -> 0.916, falseEmergencies 1 -> 0.
  'tune34.jsonl': {
    inScope: 0.916,
    answeredDirectly: 0.787,
    outOfScope: 0.981,
    noAccents: 0.956,
    teencode: 0.966,
    referral: 0.926,
    confidentWrong: 0.0087,
    english: 0.837,
    falseEmergencies: 0,
  },
  // holdout32: written blind at the start of session 47; floors at its first measurement, before any change of that
  // session's rounds (217/240 in scope, 189/240 directly, 105/110 out of scope, referral 56/68, 5/345 confident wrong).
  // Session 47, at the end: inScope 0.904 -> 0.908.
  // Session 48, at the end: falseEmergencies 2 -> 1.
  'holdout32.jsonl': {
    inScope: 0.908,
    answeredDirectly: 0.787,
    outOfScope: 0.954,
    noAccents: 0.925,
    teencode: 0.941,
    referral: 0.823,
    confidentWrong: 0.0145,
    english: 0.852,
    falseEmergencies: 1,
  },
  // tune35 (train-q-aj, written blind for session 48 with the held-out sets' prompt): floors at its first measurement
  // (212/240 in scope, 178 directly, 104/110 out of scope, referral 58/68, 8/345 confident wrong, 5 false emergencies).
  // Session 48, at the end: inScope 0.883 -> 0.887, answeredDirectly 0.741 -> 0.745, outOfScope 0.945 -> 0.963, referral 0.852 -> 0.882, falseEmergencies 5 -> 2.
  'tune35.jsonl': {
    inScope: 0.887,
    answeredDirectly: 0.745,
    outOfScope: 0.963,
    noAccents: 0.924,
    teencode: 0.89,
    referral: 0.882,
    confidentWrong: 0.0232,
    english: 0.758,
    falseEmergencies: 2,
  },
  // holdout33: written blind at the start of session 48; floors at its first measurement, before any change of that
  // session's rounds (218/240 in scope, 186/240 directly, 105/110 out of scope, referral 63/69, 3/344 confident wrong,
  // 9 false emergencies).
  'holdout33.jsonl': {
    inScope: 0.908,
    answeredDirectly: 0.774,
    outOfScope: 0.954,
    noAccents: 0.937,
    teencode: 0.913,
    referral: 0.913,
    confidentWrong: 0.0088,
    english: 0.967,
    falseEmergencies: 9,
  },
};

describe('answer accuracy on the labelled question sets', () => {
  const predict = enginePredictor(realKnowledge());
  for (const [file, floor] of Object.entries(FLOORS)) {
    it(`${file}: stays at or above the accuracy reached`, () => {
      const rows = parseEvalLines(readFileSync(resolve(import.meta.dirname, 'eval', file), 'utf8'), file);
      const report = evaluate(rows, predict);
      expect(report.inScope.accuracy).toBeGreaterThanOrEqual(floor.inScope);
      expect(report.outOfScope.rate).toBeGreaterThanOrEqual(floor.outOfScope);
      expect(report.byTag.nodiacritics?.accuracy ?? 1).toBeGreaterThanOrEqual(floor.noAccents);
      expect(report.byTag.teencode?.accuracy ?? 1).toBeGreaterThanOrEqual(floor.teencode);
      if (floor.referral !== undefined) expect(report.referral.accuracy).toBeGreaterThanOrEqual(floor.referral);
      expect(report.confidentWrong.rate).toBeLessThanOrEqual(floor.confidentWrong);
      if (floor.answeredDirectly !== undefined)
        expect(report.answeredDirectly.rate).toBeGreaterThanOrEqual(floor.answeredDirectly);
      if (floor.english !== undefined)
        expect(report.byTag.english?.accuracy ?? 1).toBeGreaterThanOrEqual(floor.english);
      expect(report.crisis.falseAlarms).toBeLessThanOrEqual(floor.falseEmergencies ?? 0);
      // Every crisis message must get the emergency reply.
      expect(report.crisis.recall).toBe(1);
    });
  }
});
