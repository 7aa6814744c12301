import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTENT_MODEL_FILE } from '../../src/kb/intent-schema.ts';
import { loadKnowledge } from '../../src/knowledge.ts';
import { DEFAULT_BLEND } from '../../src/nlp/blend.ts';
import { DEFAULT_ENGINE_CONFIG, findAnswer } from '../../src/nlp/engine.ts';
import {
  DEFAULT_INTENT_TRAINING,
  ENTRIES_SOURCE,
  IntentClassifier,
  OUT_OF_SCOPE,
  trainIntentModel,
} from '../../src/nlp/intent-classifier.ts';
import { copyKnowledge, realKnowledge } from '../helpers/kb.ts';

const words = (text: string): string[] => text.split(' ');

const examples = [
  { syllables: words('tro cap xa hoi bao nhieu tien'), intent: 'allowance-amount' },
  { syllables: words('muc tro cap hang thang'), intent: 'allowance-amount' },
  { syllables: words('dang ky tinh nguyen vien'), intent: 'volunteer' },
  { syllables: words('muon lam tinh nguyen'), intent: 'volunteer' },
  { syllables: words('ket qua bong da'), intent: null },
  { syllables: words('gia vang hom nay'), intent: null },
];

describe('intent classifier', () => {
  it('trains the same model, byte for byte, every time', () => {
    const meta = { trainedOn: 'test', entriesDigest: 'x', entryDigests: {} };
    expect(JSON.stringify(trainIntentModel(examples, meta))).toBe(JSON.stringify(trainIntentModel(examples, meta)));
  });

  it('gives the learnt entry the highest probability, and out of scope to what looks out of scope', () => {
    const classifier = new IntentClassifier(
      trainIntentModel(examples, { trainedOn: 'test', entriesDigest: 'x', entryDigests: {} }),
    );
    const amount = classifier.classify(words('tro cap bao nhieu'));
    expect(Math.max(...amount.entries.values())).toBe(amount.entries.get('allowance-amount'));
    expect(amount.entries.get('allowance-amount')).toBeGreaterThan(amount.outOfScope);
    const football = classifier.classify(words('bong da hom nay'));
    expect(football.outOfScope).toBeGreaterThan(football.entries.get('volunteer') ?? 0);
    expect(classifier.entryIds.has(OUT_OF_SCOPE)).toBe(false);
  });
  it('reads character n-grams and accented syllables when trained with them, and stores that reading', () => {
    const meta = { trainedOn: 'test', entriesDigest: 'x', entryDigests: {} };
    const model = trainIntentModel(examples, meta, { ...DEFAULT_INTENT_TRAINING, charGrams: 4, accented: true });
    expect(model.reading).toEqual({ charGrams: 4, accented: true });
    expect(model.network.features).toContain('c:nguy');
    // "nguyenvien" run together shares n-grams with "tinh nguyen vien" though no syllable matches.
    const scores = new IntentClassifier(model).classify(words('tinhnguyen vien'));
    expect(Math.max(...scores.entries.values())).toBe(scores.entries.get('volunteer'));
    expect(trainIntentModel(examples, meta).reading).toBeUndefined();
  });

  it("drops features only one writer used, but keeps the entries' own wording", () => {
    const meta = { trainedOn: 'test', entriesDigest: 'x', entryDigests: {} };
    const sourced = [
      { syllables: words('tinh nguyen vien'), intent: 'volunteer', source: ENTRIES_SOURCE },
      { syllables: words('tro cap bao nhieu'), intent: 'allowance-amount', source: 'a.jsonl' },
      { syllables: words('tro cap hang thang'), intent: 'allowance-amount', source: 'b.jsonl' },
      { syllables: words('gia vang'), intent: null, source: 'a.jsonl' },
    ];
    const { features } = trainIntentModel(sourced, meta, { ...DEFAULT_INTENT_TRAINING, minSources: 2 }).network;
    expect(features).toEqual(expect.arrayContaining(['w:tinh', 'b:nguyen_vien', 'w:tro', 'b:tro_cap']));
    expect(features).not.toContain('w:vang');
    expect(features).not.toContain('w:nhieu');
  });
});

describe('intent classifier in the engine', () => {
  const kb = realKnowledge();

  it('is loaded with the knowledge base, up to date with the entries', () => {
    expect(kb.intents?.current).toBe(true);
    expect(kb.intents?.unknownEntries).toEqual([]);
  });

  it('explains the blend: the matcher score and the classifier probabilities', () => {
    const r = findAnswer(kb, 'mẹ tôi 80 tuổi được nhận trợ cấp bao nhiêu một tháng');
    expect(r.outcome).toBe('answer');
    expect(r.blend?.matcher).toBeGreaterThan(0);
    expect(r.blend?.classifier).toBeGreaterThan(0);
    expect(r.blend?.outOfScope).toBeGreaterThanOrEqual(0);
  });

  it('sends a near miss to the agency that handles it, and says the classifier reads it as out of scope', () => {
    const r = findAnswer(kb, 'gia han the bhyt o dau');
    expect(r).toMatchObject({ outcome: 'referral', referral: 'bhxh', entryId: null });
    expect(r.blend?.outOfScope).toBeGreaterThan(0.5);
  });

  it('answers an unseen wording the matcher alone only offered as a did-you-mean', () => {
    const question = 'gửi bà vào trung tâm bảo trợ có mất tiền ko';
    expect(findAnswer({ ...kb, intents: undefined }, question).outcome).toBe('did-you-mean');
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'answer', entryId: 'service-residential-care' });
  });

  it('turns an answer into a did-you-mean when the gates ask for more agreement than the two halves show', () => {
    const question = 'mẹ tôi 80 tuổi được nhận trợ cấp bao nhiêu một tháng';
    const strict = { ...DEFAULT_BLEND, confidentMargin: 1, classifierMargin: 1 };
    const open = findAnswer(kb, question);
    const gated = findAnswer(kb, question, { ...DEFAULT_ENGINE_CONFIG, blend: strict });
    expect(open.outcome).toBe('answer');
    expect(gated).toMatchObject({ outcome: 'did-you-mean', entryId: open.entryId });
    expect(gated.score).toBeLessThan(DEFAULT_ENGINE_CONFIG.answerThreshold);
  });

  it('answers a did-you-mean with the entry the classifier is sure of when that gate is on, and says which gate decided', () => {
    // The matcher reads "học nghề cho trẻ mồ côi" as the children's services; the classifier puts vocational
    // training far ahead of every other entry and of out of scope. The gate is off by default (see DEFAULT_BLEND).
    // (The two entries are related, so the neighbour's gate, siblingAnswer, would answer it too: off here.)
    const question = 'hoc nghe cho tre mo coi';
    const neither = { ...DEFAULT_ENGINE_CONFIG, blend: { ...DEFAULT_BLEND, siblingAnswer: 2 } };
    expect(findAnswer(kb, question, neither)).toMatchObject({ outcome: 'did-you-mean', entryId: 'service-children' });
    const on = { ...DEFAULT_ENGINE_CONFIG, blend: { ...DEFAULT_BLEND, classifierAnswer: 0.55, siblingAnswer: 2 } };
    const r = findAnswer(kb, question, on);
    expect(r).toMatchObject({ outcome: 'answer', entryId: 'service-vocational' });
    expect(r.score).toBe(DEFAULT_ENGINE_CONFIG.answerThreshold);
    expect(r.alternatives.map((c) => c.id)).toContain('service-children');
    expect(r.blend?.gate).toBe('classifier');
    expect(r.blend?.classifier).toBeGreaterThan(0.5);
    expect(findAnswer(kb, 'mẹ tôi 80 tuổi được nhận trợ cấp bao nhiêu một tháng').blend?.gate).toBe('lead');
  });

  it("answers a did-you-mean with the first entry's related neighbour when the classifier is sure of the neighbour", () => {
    // The matcher reads a phone number as the hotline first; "điện thoại bàn" is what the classifier learnt sets the
    // center's own contact card (which the hotline lists as related) apart.
    const question = 'xin số điện thoại bàn của trung tâm';
    const off = { ...DEFAULT_ENGINE_CONFIG, blend: { ...DEFAULT_BLEND, siblingAnswer: 2 } };
    const offered = findAnswer(kb, question, off);
    expect(offered).toMatchObject({ outcome: 'did-you-mean', entryId: 'hotline' });
    expect(offered.alternatives.map((c) => c.id)).toContain('center-contact');
    const r = findAnswer(kb, question);
    expect(r).toMatchObject({ outcome: 'answer', entryId: 'center-contact' });
    expect(r.blend?.gate).toBe('classifier');
    expect(r.alternatives.map((c) => c.id)).toContain('hotline');
  });

  it("answers with the classifier's entry when it overrules an entry only the matcher's words were sure of", () => {
    // The matcher is sure of the disability certificate by "khuyết tật đặc biệt nặng" (or of what social work is by
    // "ngành công tác xã hội"), and the blend keeps it first at the offer bar; the classifier puts the amount (or
    // volunteering) far ahead, learnt from the words that ask ("bao nhiêu", "làm cộng tác viên").
    const off = { ...DEFAULT_ENGINE_CONFIG, blend: { ...DEFAULT_BLEND, overruledAnswer: 2 } };
    const cases = [
      ['nguoi khuyet tat dac biet nang dc tro cap bao nhieu 1 thang', 'disability-registration', 'allowance-amount'],
      // "Hệ số … bằng mấy" is also the amount asked for the group (`person_asks › aspects`), which answers it without the
      // classifier since session 33 (test/nlp/amount-asked.test.ts).
      ['tien tro cap nguoi khuyet tat dac biet nang la bao nhieu v ad', 'disability-registration', 'allowance-amount'],
      ['minh la sv nganh ctxh, muon lam ctv cho trung tam dc ko ad', 'what-is-social-work', 'volunteer'],
    ] as const;
    for (const [question, matcherSure, classifierSure] of cases) {
      const offered = findAnswer(kb, question, off);
      expect(offered, question).toMatchObject({ outcome: 'did-you-mean', entryId: matcherSure });
      expect(offered.alternatives.map((c) => c.id)).toContain(classifierSure);
      const r = findAnswer(kb, question);
      expect(r, question).toMatchObject({ outcome: 'answer', entryId: classifierSure });
      expect(r.blend?.gate).toBe('classifier');
      expect(r.alternatives.map((c) => c.id)).toContain(matcherSure);
    }
  });

  it("leaves an overruled entry's neighbour to the sibling gate", () => {
    // The matcher is sure of the hotline; the classifier prefers the center's own contact card, which the hotline
    // lists as related: with the sibling gate off, the overruling gate does not answer it either.
    const question = 'xin số điện thoại bàn của trung tâm';
    const noSibling = { ...DEFAULT_ENGINE_CONFIG, blend: { ...DEFAULT_BLEND, siblingAnswer: 2 } };
    expect(findAnswer(kb, question, noSibling)).toMatchObject({ outcome: 'did-you-mean', entryId: 'hotline' });
  });

  it('answers a did-you-mean that offers one entry alone when the classifier agrees far ahead and sees no near miss', () => {
    // "tháng mấy" and "khi nào" dilute the matcher's score for the poverty entry under the answer threshold, with no
    // other entry near it; the classifier puts that same entry far ahead of every other and of out of scope.
    const question = 'Khi nào thì xã rà soát hộ nghèo, tháng mấy?';
    const off = { ...DEFAULT_ENGINE_CONFIG, blend: { ...DEFAULT_BLEND, singleAnswer: 2 } };
    const offered = findAnswer(kb, question, off);
    expect(offered).toMatchObject({ outcome: 'did-you-mean', entryId: 'service-poverty', alternatives: [] });
    const r = findAnswer(kb, question);
    expect(r).toMatchObject({ outcome: 'answer', entryId: 'service-poverty' });
    expect(r.blend?.gate).toBe('classifier');
  });

  it('keeps a single offer the classifier puts partly out of scope, however far ahead it puts the entry', () => {
    // A school's summer volunteering is not the center's volunteer programme: the classifier agrees with the offer by
    // about 0.45 but gives out of scope about 0.25, over the gate's ceiling. (Named "mùa hè xanh", the campaign is the
    // Youth Union's own, referred there before any gate: the question here leaves the name out.)
    const question = 'đi tình nguyện mùa hè đăng ký với đoàn trường';
    const lower = { ...DEFAULT_ENGINE_CONFIG, blend: { ...DEFAULT_BLEND, singleAnswer: 0.4 } };
    expect(findAnswer(kb, question, lower)).toMatchObject({ outcome: 'did-you-mean', entryId: 'volunteer' });
    const noCeiling = { ...DEFAULT_ENGINE_CONFIG, blend: { ...lower.blend, singleAnswerOutOfScope: 1 } };
    expect(findAnswer(kb, question, noCeiling)).toMatchObject({ outcome: 'answer', entryId: 'volunteer' });
  });

  it('offers, not answers, an entry only the classifier lifted when it finds out of scope nearly as likely', () => {
    // The matcher alone scores the residential-care entry under the answer threshold; the classifier lifts it, far
    // ahead of out of scope, so it is answered. Asking the entry to lead out of scope by more than it can makes the
    // same answer a near miss: the entry is still offered, never answered. (The single-offer gate, which would answer
    // an offer the classifier is this sure of, is off here; at the default setting no near miss is that sure.)
    const question = 'gửi bà vào trung tâm bảo trợ có mất tiền ko';
    const lifted = findAnswer(kb, question);
    expect(lifted).toMatchObject({ outcome: 'answer', entryId: 'service-residential-care' });
    expect(lifted.blend?.matcher).toBeLessThan(DEFAULT_ENGINE_CONFIG.answerThreshold);
    const strict = {
      ...DEFAULT_ENGINE_CONFIG,
      blend: { ...DEFAULT_BLEND, liftedOverOutOfScope: 1.5, singleAnswer: 2 },
    };
    const r = findAnswer(kb, question, strict);
    expect(r).toMatchObject({ outcome: 'did-you-mean', entryId: 'service-residential-care' });
    expect(r.blend?.gate).toBe('near-miss');
  });

  it('refers a lifted near miss when an agency’s cue is heard, and leaves what the matcher alone answers', () => {
    // An ID card needed for the allowance, asked of the police: the classifier lifts the elderly allowance, but sees
    // out of scope too. Made a near miss, the question goes to the police, whose cue ("căn cước") it names.
    const question =
      'Mệ tui 87 tuổi nằm một chỗ, cần làm căn cước mới lãnh được tiền già, công an có về tận nhà làm không?';
    const strict = { ...DEFAULT_ENGINE_CONFIG, blend: { ...DEFAULT_BLEND, liftedOverOutOfScope: 0.6 } };
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'answer', entryId: 'elderly-allowance' });
    expect(findAnswer(kb, question, strict)).toMatchObject({ outcome: 'referral', referral: 'cong-an' });
    const sure = 'mẹ tôi 80 tuổi được nhận trợ cấp bao nhiêu một tháng';
    expect(
      findAnswer(kb, sure, { ...DEFAULT_ENGINE_CONFIG, blend: { ...DEFAULT_BLEND, liftedOverOutOfScope: 1.5 } }),
    ).toMatchObject({ outcome: 'answer', entryId: 'elderly-allowance' });
  });

  it('keeps the did-you-mean and its check-in when the safeguarding layer heard a concern', () => {
    const always = { ...DEFAULT_ENGINE_CONFIG, blend: { ...DEFAULT_BLEND, classifierAnswer: -1 } };
    const r = findAnswer(kb, 'tuyệt vọng quá, trung tâm có ai giúp không', always);
    expect(r.outcome).toBe('did-you-mean');
    expect(r.concern).toBeDefined();
  });

  it('offers nothing when the classifier finds out of scope likeliest and the out-of-scope gate is on', () => {
    // Vaping (a tune-set question): "out of scope" outweighs every entry, though the blend alone still offers
    // the drugs service as a did-you-mean. (The bank-loan question this test used first falls back anyway since
    // the classifier learnt from train-q-c/d.)
    const question = 'con e hut bong cuoi vs thuoc la dien tu, e phai lm sao';
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'did-you-mean', entryId: 'service-social-evils' });
    const gate = { ...DEFAULT_BLEND, outOfScopeFallback: 0.3 };
    expect(findAnswer(kb, question, { ...DEFAULT_ENGINE_CONFIG, blend: gate })).toMatchObject({
      outcome: 'fallback',
      entryId: null,
    });
  });

  it('keeps the safeguarding layer first: danger now is a crisis whatever the classifier thinks', () => {
    const r = findAnswer(kb, 'cứu với, chồng tôi đang cầm dao đòi giết tôi');
    expect(r).toMatchObject({ outcome: 'crisis', entryId: 'emergency' });
  });

  it('is stale after staff add an entry, and the matcher alone answers the new entry until retrained', () => {
    const dir = copyKnowledge();
    writeFileSync(
      join(dir, 'entries', 'library-card.yaml'),
      [
        'id: library-card',
        'title: Làm thẻ thư viện tỉnh',
        'questions:',
        '  - Làm thẻ thư viện tỉnh ở đâu?',
        '  - Thẻ thư viện tỉnh cần giấy tờ gì?',
        '  - Làm thẻ thư viện mất bao lâu?',
        '  - Trẻ em có được làm thẻ thư viện tỉnh không?',
        'keywords:',
        '  - thẻ thư viện',
        'answer: Bạn mang căn cước đến thư viện tỉnh để làm thẻ thư viện; trung tâm không cấp loại thẻ này.',
        'sources:',
        '  - Thư viện tỉnh',
        'reviewed: 2026-01-01',
        '',
      ].join('\n'),
    );
    const copy = loadKnowledge(dir);
    expect(copy.intents?.current).toBe(false);
    expect(copy.intents?.unknownEntries).toEqual(['library-card']);
    const r = findAnswer(copy, 'làm thẻ thư viện tỉnh ở đâu');
    expect(r).toMatchObject({ outcome: 'answer', entryId: 'library-card' });
    expect(r.blend?.classifier).toBeNull();
  });

  it('answers with the matcher alone when the model file is absent', () => {
    const dir = copyKnowledge();
    rmSync(join(dir, INTENT_MODEL_FILE));
    const copy = loadKnowledge(dir);
    expect(copy.intents).toBeUndefined();
    const r = findAnswer(copy, 'Tổng đài tư vấn miễn phí số mấy?');
    expect(r).toMatchObject({ outcome: 'answer', entryId: 'hotline' });
    expect(r.blend).toBeUndefined();
  });
});
