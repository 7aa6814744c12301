/**
 * Session 47 (issue 11, tune34): a child who ran away and whom the writer has already fetched home ("tui tìm về rồi",
 * "đã kiếm về") is no child missing now, whatever they still threaten: a disclosure with the children's service.
 * Gone again, not back yet or out of reach since a time keeps the missing person, danger now.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('a runaway already fetched home is a disclosure, not a child missing now', () => {
  itRaisesNoCrisis(reply, [
    'con trai 16 tuổi bỏ nhà đi theo bạn, tìm về rồi mà vẫn đòi đi, có lớp kỹ năng nào cho cháu không',
    'con bé nhà em bỏ nhà lên thành phố, vợ chồng em đã kiếm về, giờ nó buồn bực suốt, cần tư vấn tâm lý',
    'em trai tôi 13 tuổi bỏ nhà đi chơi game, mẹ tìm được về, nhờ trung tâm tư vấn giúp',
    'cháu tôi bỏ nhà đi 3 hôm, cả nhà đã tìm về hôm qua, giờ nên nói chuyện với cháu thế nào',
    'thằng út 14 tuổi bỏ nhà theo nhóm bạn, tôi tìm về rồi mà nó cứ đòi đi tiếp, ai khuyên giúp mẹ con tôi với',
  ]);
  it('told by its parent with a counselling question, it is a missing-person disclosure', () => {
    const r = reply(
      'thằng út 14 tuổi bỏ nhà theo nhóm bạn, tôi tìm về rồi mà nó cứ đòi đi tiếp, có ai tư vấn cho tôi không',
    );
    expect([r.outcome, r.safeguarding?.situation, r.safeguarding?.outcome]).toEqual([
      'disclosure',
      'missing-person',
      'disclosure',
    ]);
  });
  itRepliesDangerNow(
    reply,
    [
      'con tôi bỏ nhà đi 2 ngày chưa về',
      'con gái em 14 tuổi bỏ nhà đi, em tìm về rồi nhưng sáng nay nó lại bỏ đi, chưa thấy về',
      'thằng út nhà tôi bỏ nhà đi bụi, tôi đã tìm về nhưng từ tối qua lại mất liên lạc, giờ tính sao',
      'con tôi bỏ nhà đi, tìm về rồi mà giờ lại không thấy đâu',
      'cháu tôi 15 tuổi bỏ nhà đi, đã kiếm về một lần, nay lại bỏ đi từ sáng chưa về',
    ],
    'missing-person',
  );
});
