/**
 * Follow-up floors: scripted conversations through the real bot, scored on
 * the turns after the first. Raise the floors when follow-ups improve; never
 * lower them to go green. conversations-tune and conversations-holdout were
 * written independently of this repository; tune is used for tuning, holdout
 * never (its misses stay hidden in `npm run eval`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateConversations, parseConversationLines } from '../src/eval-conversations.ts';
import { DEFAULT_ENGINE_CONFIG } from '../src/nlp/engine.ts';
import { realKnowledge } from './helpers/kb.ts';

const FOLLOW_UP_FLOORS: Record<string, number> = {
  'conversations-dev.jsonl': 1,
  // 91.8% before session 20's follow-up round, 96.7% after it.
  'conversations-tune.jsonl': 0.967,
  // 120 conversations written for training and tuning follow-ups (71.6% on arrival, before anything learnt from them;
  // 79.6% after session 19's follow-up round, 83.1% after session 20's, 86.7% after session 20's second round;
  // 87.1% after session 21's near misses ("nộp đơn ly hôn ở đâu" is referred to legal aid), 88.9% after session 21's
  // fourth follow-up round; 90.2% after session 23's).
  // Session 25 (out of scope): a follow-up asking what the center does not offer (a product, a private provider, the
  // weather, football) and agencies' cues (ARV medicine, a cut supply, a degree) raised train (203 -> 204 of 225),
  // train2 (227 -> 228), train3 (211 -> 214), train4 (198 -> 201), train5 (181 -> 182), train6 (184 -> 185) and
  // train7 (155 -> 157 of 209). 91.1% after session 26's follow-up round (a call offers the phone line first).
  // 91.6% after session 30's second follow-up round (a service named by a related entry's words).
  'conversations-train.jsonl': 0.915,
  // 120 more, written blind in session 20 for training (76.1% on arrival against the session's starting code,
  // 77.4% against that session's first follow-up commits, before anything learnt from it; 83.5% at its end,
  // 87.2% after session 20's second follow-up round, 87.7% after session 21's, 88.9% after session 21's fourth,
  // 90.1% after session 22's, 90.9% after session 22's sixth follow-up round, 91.8% after its single-offer gate,
  // 92.6% after session 23's follow-up round, 93.4% after session 24's).
  'conversations-train2.jsonl': 0.938,
  // 120 more, written blind in session 20 for training (72.9% on arrival, before anything learnt from it;
  // 82.1% at the end of that session's follow-up round, 82.9% after session 21's, 83.8% after session 21's fourth,
  // 84.6% after session 22's sixth, 85.0% after its seventh, 86.7% after session 23's, 87.1% after its second,
  // 87.9% after session 24's).
  'conversations-train3.jsonl': 0.908,
  // 120 more, written blind in session 21 for training, with follow-ups after a vague first turn (76.1% on arrival,
  // against the session's starting code, before anything learnt from it; 80.0% after that session's third follow-up
  // round, 83.5% after its fourth, 83.9% after session 22's, 84.3% after session 22's sixth, 84.8% at the start
  // of session 23, 85.2% after its follow-up round, 85.7% after its second, 86.1% after session 24's).
  // Session 30's overruling gate (a first turn answered with the classifier's far likelier entry): +1 follow-up.
  'conversations-train4.jsonl': 0.878,
  // Written blind for session 22: 70.1% at its first measurement, before anything learnt from it; 75.6% before
  // session 22's sixth follow-up round, 76.5% after it, 76.9% after session 22's single-offer gate, 77.8% after its
  // seventh follow-up round, 80.1% after session 23's, 80.5% after its second; 81.0% at the start of session 24,
  // 81.4% after its follow-up round, 81.9% after its second; 82.8% after session 28's follow-up round.
  // Session 30's overruling gate (a first turn answered with the classifier's far likelier entry): +1 follow-up.
  'conversations-train5.jsonl': 0.837,
  // Written blind for session 23 (120 conversations: a changed person, amounts, papers, places, who signs,
  // replies to a did-you-mean, topic changes, acknowledgements): 72.6% at its first measurement;
  // 74.4% with session 23's follow-up round, which was written before it arrived; 79.8% after session 23's second
  // follow-up round, the first chosen on it; 81.6% after session 24's, 82.1% with its reading of a person described,
  // 82.5% after its second follow-up round; 83.4% after session 25's (a position with words, "đứng tên").
  // Session 30's overruling gate (a first turn answered with the classifier's far likelier entry): +3 follow-ups.
  'conversations-train6.jsonl': 0.86,
  // Written blind for session 24 (120 conversations): 71.3% at its first measurement; 73.2% after session 24's
  // follow-up round, whose changes were each kept only when an older training set went up too; 74.2% after its
  // second, chosen the same way; 75.6% at the start of session 26, 78.0% after its follow-up round.
  // Session 30's overruling gate (a first turn answered with the classifier's far likelier entry): +1 follow-up.
  // 79.9% after session 32's follow-up round ("đủ 80" read as an age).
  'conversations-train7.jsonl': 0.799,
  // Written blind for session 25 (150 conversations, first turns labelled too): 71.1% of follow-ups at its first
  // measurement (first turns 69.3%); 71.7% after session 25's follow-up round (first turns 70.0%); 73.4% at the start
  // of session 26, 77.3% after its follow-up round; 78.3% after session 28's.
  'conversations-train8.jsonl': 0.786,
  // Written blind at the start of session 26 (first turns labelled too): 63.1% at its first measurement; 67.0% at the
  // start of session 27, 67.3% after its follow-up round, 68.3% after its "who do I call" round; 70.6% after session
  // 28's follow-up round (first turns unchanged); 70.9% after its second (small talk keeps the context); 71.6% after
  // session 30's follow-up round (first turns unchanged); 71.9% after its second; 72.2% after session 32's.
  'conversations-train9.jsonl': 0.728,
  // Written for session 27 (150 conversations, more person and topic changes): 67.1% on arrival (first turns 65.3%);
  // 67.8% after session 27's follow-up round (first turns unchanged), 68.4% after its "who do I call" round; 70.7%
  // after session 28's follow-up round (first turns unchanged); 71.0% after its second; 71.7% after session 29's;
  // 72.6% after session 30's (first turns unchanged); 73.3% after session 31's ("có tiền hàng tháng không"); 73.6%
  // after session 32's.
  // 73.9% (227/307) after session 35's new-matter marker ("Also, …" is not filled in with the topic).
  // Session 45: follow-ups raised to the level reached at the end of the session.
  // Session 46: follow-ups raised to the level reached at the end of the session.
  'conversations-train10.jsonl': 0.749,
  // Written for session 28 (60 conversations, most of them with a turn for another agency): 71.9% on arrival (first
  // turns 78.3%); 72.7% after session 28's follow-up round (first turns unchanged); 73.4% after its second; 74.1% at
  // the start of session 29 and after its follow-up round; 75.5% after session 30's (first turns unchanged); 76.3%
  // after its second (running to a friend in danger); 77.0% after session 31's residents' wordings and agency cues.
  'conversations-train11.jsonl': 0.784,
  // Written for session 29 (60 conversations, the held-out sets' prompt): 74.2% on arrival (first turns 83.3%); 75.8%
  // after session 29's follow-up round (first turns unchanged); 77.4% after session 30's (first turns unchanged);
  // 78.2% after its second.
  // Session 46: follow-ups raised to the level reached at the end of the session.
  'conversations-train12.jsonl': 0.79,
  // Written for session 30 (60 conversations, the held-out sets' prompt): 79.8% on arrival (first turns 71.7%); 83.1%
  // after session 30's follow-up round (first turns unchanged); 84.7% after its second (first turns unchanged); 85.5%
  // after session 32's.
  'conversations-train13.jsonl': 0.854,
  // Written for session 31 (60 conversations, the held-out sets' prompt): 71.8% on arrival (first turns 73.3%); 74.8%
  // after session 31's follow-up round (first turns unchanged).
  'conversations-train14.jsonl': 0.755,
  // Written for session 32 (60 conversations, the held-out sets' prompt): 70.6% on arrival (first turns 85.0%); 72.2%
  // after session 32's follow-up round (first turns unchanged); 73.8% after session 35's new-matter marker.
  // Session 48: follow-ups raised to the level reached at the end of the session.
  'conversations-train15.jsonl': 0.753,
  // conversations-train16: written for session 33 with the held-out prompt; floor at its first measurement (100/124),
  // raised to 101/124 by the supposed case ("còn nếu chỉ mồ côi cha thì sao" asks whether it qualifies).
  // 103/124 after session 35's new-matter marker ("à mà", "nhân tiện", "also", "by the way" opening a follow-up).
  'conversations-train16.jsonl': 0.838,
  // conversations-train17: written for session 34 with the held-out prompt; floor at its first measurement (95/128).
  'conversations-train17.jsonl': 0.742,
  // conversations-train18: written for session 35 with the held-out prompt; floor at its first measurement (89/123).
  'conversations-train18.jsonl': 0.723,
  // conversations-train19: written for session 36 with the held-out prompt; floor at its first measurement (95/131).
  // Session 47: follow-ups raised to the level reached at the end of the session.
  'conversations-train19.jsonl': 0.732,
  // conversations-train20: written for session 37 with the held-out prompt; floor at its first measurement (94/123).
  'conversations-train20.jsonl': 0.772,
  // conversations-train21: written for session 38 with the held-out prompt; floor at its first measurement (96/123).
  // Session 45: follow-ups raised to the level reached at the end of the session.
  'conversations-train21.jsonl': 0.788,
  // conversations-train22: written for session 39 with the held-out prompt; floor at its first measurement (96/123).
  'conversations-train22.jsonl': 0.78,
  // conversations-train23: written for session 40 with the held-out prompt; floor at its first measurement (95/125).
  'conversations-train23.jsonl': 0.76,
  // conversations-train24: written for session 41 with the held-out prompt; floor at its first measurement (93/124).
  'conversations-train24.jsonl': 0.758,
  // conversations-train25: written for session 42 with the held-out prompt; floor at its first measurement (100/124),
  // raised in session 42 (102/124: where and when after a service, the engine's offer of the center's card first).
  // Session 43: 102 -> 103/124 (an age remark after "thì sao").
  'conversations-train25.jsonl': 0.83,
  // conversations-train26: written for session 43 with the held-out prompt; floor at its first measurement (106/124).
  'conversations-train26.jsonl': 0.854,
  // conversations-train27: written for session 44 with the held-out prompt; floor at its first measurement (109/124).
  // Session 44: follow-ups raised to the level reached at the end of the session.
  'conversations-train27.jsonl': 0.903,
  // conversations-train28: written for session 45 with the held-out prompt; floor at its first measurement (112/124).
  // Session 46: follow-ups raised to the level reached at the end of the session.
  'conversations-train28.jsonl': 0.911,
  // 88.7% before session 20, 92.5% after it (only the totals of the blind sets are read).
  'conversations-holdout.jsonl': 0.924,
  // Written blind in session 18 (77.9% at its first measurement; 80.8% with the second intent round; 85.6% after
  // session 20's follow-up round; 86.5% after session 20's second round, which read only its total, once, at the end;
  // 88.5% before session 22's sixth follow-up round and after it; 89.4% after its seventh, total read once at the end).
  'conversations-holdout2.jsonl': 0.923,
  // Written blind at the start of session 19: 73.5% at its first measurement, 78.8% after that session's
  // follow-up round (chosen on conversations-tune/-train only), 79.6% after session 20's, 80.5% after session 20's second round,
  // 84.1% after session 21's (chosen on the training conversations; measured at its end).
  'conversations-holdout3.jsonl': 0.876,
  // Written blind at the start of session 20: 80.0% at its first measurement, 81.7% after that session's
  // follow-up round, which never saw it (measured once, after the merge); 83.5% after session 20's second round (measured once,
  // at its end); 84.3% after session 21's (chosen on the training conversations; measured at its end).
  'conversations-holdout4.jsonl': 0.869,
  // Written blind at the start of session 21: 88.9% at its first measurement, before any change of that session;
  // 89.8% before session 22's sixth follow-up round and after it.
  'conversations-holdout5.jsonl': 0.907,
  // Written blind at the start of session 22: 81.7% at its first measurement, before any change of that session;
  // 82.6% after session 22's sixth follow-up round (its total read once, at the end); 83.5% after session 23's
  // follow-up round (its total read once, at the end, after the one change that took holdout3 below its floor was
  // reverted).
  'conversations-holdout6.jsonl': 0.871,
  // Written blind at the start of session 23: 83.5% at its first measurement, before any change of that session.
  // Session 45: follow-ups raised to the level reached at the end of the session.
  'conversations-holdout7.jsonl': 0.871,
  // Written blind at the start of session 24: 84.6% at its first measurement, before any change of that session;
  // 85.5% after session 24's follow-up round, 86.3% after its English round. Blind floors raised at the end of session
  // 24 to what its rounds reached.
  'conversations-holdout8.jsonl': 0.888,
  // Written blind at the start of session 25: 84.4% at its first measurement, before any change of that session.
  'conversations-holdout9.jsonl': 0.853,
  // Written blind at the start of session 26: 72.0% at its first measurement (first turns 76.7%), before any change
  // of that session.
  'conversations-holdout10.jsonl': 0.765,
  // Written blind at the start of session 27: 74.8% at its first measurement (first turns 81.7%), before any change
  // of that session.
  // Session 43, at the end (blind totals once): 104 -> 105/135.
  // Session 47: follow-ups raised to the level reached at the end of the session.
  'conversations-holdout11.jsonl': 0.785,
  // Written blind at the start of session 28: 74.8% at its first measurement (first turns 81.7%), before any change
  // of that session.
  // Session 45: follow-ups raised to the level reached at the end of the session.
  'conversations-holdout12.jsonl': 0.788,
  // Written blind at the start of session 29: 76.0% at its first measurement (first turns 81.7%), before any change
  // of that session.
  'conversations-holdout13.jsonl': 0.776,
  // Written blind at the start of session 30: 69.6% at its first measurement (first turns 80.0%), before any change
  // of that session.
  'conversations-holdout14.jsonl': 0.717,
  // Written blind for session 31 (60 conversations): 74.6% on arrival (first turns 83.3%).
  'conversations-holdout15.jsonl': 0.746,
  // Written blind for session 32 (60 conversations): 81.3% on arrival (first turns 75.0%).
  'conversations-holdout16.jsonl': 0.829,
  // conversations-holdout17: written blind at the start of session 33; floor at its first measurement (100/127).
  // Session 45: follow-ups raised to the level reached at the end of the session.
  // Session 47: follow-ups raised to the level reached at the end of the session.
  'conversations-holdout17.jsonl': 0.803,
  // conversations-holdout18: written blind at the start of session 34; floor at its first measurement (99/124).
  'conversations-holdout18.jsonl': 0.806,
  // conversations-holdout19: written blind at the start of session 35; floor at its first measurement (92/126).
  'conversations-holdout19.jsonl': 0.738,
  // conversations-holdout20: written blind at the start of session 36; floor at its first measurement (95/122).
  // Session 45: follow-ups raised to the level reached at the end of the session.
  'conversations-holdout20.jsonl': 0.786,
  // conversations-holdout21: written blind at the start of session 37; floor at its first measurement (91/122).
  'conversations-holdout21.jsonl': 0.745,
  // conversations-holdout22: written blind at the start of session 38; floor at its first measurement (96/128).
  'conversations-holdout22.jsonl': 0.75,
  // conversations-holdout23: written blind at the start of session 39; floor at its first measurement (95/126).
  'conversations-holdout23.jsonl': 0.753,
  // conversations-holdout24: written blind at the start of session 40; floor at its first measurement (89/123).
  'conversations-holdout24.jsonl': 0.723,
  // conversations-holdout25: written blind at the start of session 41; floor at its first measurement (99/128).
  'conversations-holdout25.jsonl': 0.773,
  // conversations-holdout26: written blind at the start of session 42; floor at its first measurement (100/128).
  'conversations-holdout26.jsonl': 0.781,
  // conversations-holdout27: written blind at the start of session 43; floor at its first measurement (99/124).
  'conversations-holdout27.jsonl': 0.798,
  // conversations-holdout28: written blind at the start of session 44; floor at its first measurement (101/124).
  'conversations-holdout28.jsonl': 0.814,
  // conversations-holdout29: written blind at the start of session 45; floor at its first measurement (106/124).
  'conversations-holdout29.jsonl': 0.854,
  // conversations-train29: written for session 46 with the held-out prompt; floor at its first measurement (106/124).
  'conversations-train29.jsonl': 0.854,
  // conversations-holdout30: written blind at the start of session 46; floor at its first measurement (113/124).
  'conversations-holdout30.jsonl': 0.911,
  // conversations-train30: written for session 47 with the held-out prompt; floor at its first measurement (110/124).
  // Session 47: the central "mần răng" asks how ("nếu em muốn ly hôn thì mần răng" referred to legal aid): 111/124.
  'conversations-train30.jsonl': 0.895,
  // conversations-holdout31: written blind at the start of session 47; floor at its first measurement (106/124).
  'conversations-holdout31.jsonl': 0.854,
  // conversations-train31: written for session 48 with the held-out prompt; floor at its first measurement (108/124).
  'conversations-train31.jsonl': 0.87,
  // conversations-holdout32: written blind at the start of session 48; floor at its first measurement (103/124).
  'conversations-holdout32.jsonl': 0.83,
};

describe('follow-ups in scripted conversations', () => {
  const kb = realKnowledge();
  for (const [file, floor] of Object.entries(FOLLOW_UP_FLOORS)) {
    it(`${file}: follow-ups answered with the right topic stay at or above ${floor}`, async () => {
      const conversations = parseConversationLines(
        readFileSync(resolve(import.meta.dirname, 'eval', file), 'utf8'),
        file,
      );
      const report = await evaluateConversations(kb, conversations, DEFAULT_ENGINE_CONFIG);
      expect(report.followUps.total).toBeGreaterThan(0);
      expect(report.followUps.accuracy).toBeGreaterThanOrEqual(floor);
    });
  }

  it("scores every conversation as a separate person, so one conversation's topic never leaks into the next", async () => {
    const conversations = parseConversationLines(
      [
        '{"turns": [{"q": "me toi 78 tuoi ko co luong huu thi co duoc tro cap khong", "expect": "elderly-allowance"}], "tags": []}',
        '{"turns": [{"q": "o dau", "expect": "center-contact"}], "tags": []}',
      ].join('\n'),
    );
    const report = await evaluateConversations(kb, conversations, DEFAULT_ENGINE_CONFIG);
    expect(report.first).toMatchObject({ total: 2, correct: 2 });
    expect(report.followUps.total).toBe(0);
  });

  it('names the file and line of a malformed conversation', () => {
    expect(() => parseConversationLines('{"turns": []}\n', 'conversations-x.jsonl')).toThrow(
      /conversations-x\.jsonl:1/,
    );
  });
});
