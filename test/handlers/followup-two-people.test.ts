import { describe, expect, it } from 'vitest';
import { conversationDecisions as conversation, type TurnDecision as Decision } from '../helpers/kb.ts';

/** The decision on the last message of one conversation. */
async function lastTurn(...messages: string[]): Promise<Decision | undefined> {
  return (await conversation(...messages)).at(-1);
}

describe('follow-ups after a message that names two people (session 45, issue 11)', () => {
  it('reads "ông", "bà" in a follow-up as the elder named first, after a turn about the child', async () => {
    const turns: Array<[string[], string]> = [
      [
        [
          'bố tôi 78 tuổi, còn con trai tôi 7 tuổi bị liệt hai chân',
          'thằng bé có được trợ cấp không',
          'còn ông thì sao',
        ],
        'elderly-allowance',
      ],
      [
        ['bà ngoại em 85 tuổi với đứa em gái 10 tuổi bị khiếm thính', 'bé có được hỗ trợ gì không', 'còn bà thì sao'],
        'elderly-allowance',
      ],
      [
        ['mẹ mình 70 tuổi, con gái mình 4 tuổi bị tự kỷ', 'con bé có được hỗ trợ gì không', 'còn bà thì sao'],
        'elderly-allowance',
      ],
      [
        ['bà nội tôi 82 tuổi với cháu tôi 5 tuổi bị bại não, nhà nghèo', 'cháu được hỗ trợ gì', 'còn bà thì sao'],
        'service-elderly',
      ],
    ];
    for (const [messages, id] of turns)
      expect(await lastTurn(...messages), messages.join(' → ')).toEqual({ outcome: 'answer', id });
  });

  it('reads "cháu", "con bé", "thằng bé" as the child named, with the child\'s own group', async () => {
    const turns: Array<[string[], Decision]> = [
      // The engine alone offers the allowance table; the child is who it is asked for.
      [
        ['ông ngoại 83 tuổi và cháu gái 9 tuổi bị bại não', 'cháu được trợ cấp bao nhiêu'],
        { outcome: 'answer', id: 'allowance-amount' },
      ],
      // Not the grandmother's allowance: the deaf grandchild is who asks for the monthly money.
      [
        ['bà nội 79 tuổi và cháu nội 6 tuổi bị điếc bẩm sinh', 'cháu có được trợ cấp hằng tháng không'],
        { outcome: 'answer', id: 'eligibility-social-allowance' },
      ],
      [
        [
          'ông nội tôi 81 tuổi, con trai tôi 12 tuổi bị khuyết tật nặng',
          'ông có được nhận trợ cấp không',
          'còn thằng bé thì sao',
        ],
        { outcome: 'answer', id: 'eligibility-social-allowance' },
      ],
      [
        ['bà nội tôi 82 tuổi với cháu tôi 5 tuổi bị bại não, nhà nghèo', 'cháu được hỗ trợ gì'],
        { outcome: 'answer', id: 'service-disability' },
      ],
    ];
    for (const [messages, decision] of turns)
      expect(await lastTurn(...messages), messages.join(' → ')).toEqual(decision);
  });

  it('answers an unnamed follow-up about the person the turn before was about', async () => {
    const decisions = await conversation(
      'mẹ tôi 75 tuổi, con trai tôi 8 tuổi bị tự kỷ',
      'cháu có được hỗ trợ gì không',
      'thủ tục thế nào',
    );
    // Before: the elderly allowance offered for the child, then the emergency aid's papers.
    expect(decisions.slice(1)).toEqual([
      { outcome: 'answer', id: 'service-children' },
      { outcome: 'answer', id: 'service-children' },
    ]);
  });

  it('leaves the writer speaking as "cháu", a group named outright, one person, and danger as they were', async () => {
    const pair = 'ông nội tôi 80 tuổi và con gái tôi 6 tuổi bị khuyết tật nặng';
    const unchanged: Array<[string[], Decision]> = [
      [[pair, 'cháu muốn hỏi thêm thủ tục làm hồ sơ'], { outcome: 'answer', id: 'disability-registration' }],
      [[pair, 'ông say rượu đánh con bé chảy máu đầu'], { outcome: 'crisis', id: 'emergency' }],
      [
        ['mẹ tôi 75 tuổi, con trai tôi 8 tuổi bị tự kỷ', 'còn người khuyết tật thì sao'],
        { outcome: 'answer', id: 'eligibility-social-allowance' },
      ],
      [['mẹ tôi 75 tuổi', 'còn bà thì sao'], { outcome: 'answer', id: 'elderly-allowance' }],
      [
        ['bố tôi 78 tuổi, còn con trai tôi 7 tuổi bị liệt hai chân', 'ông với cháu cùng nhận được không'],
        { outcome: 'answer', id: 'service-disability' },
      ],
    ];
    for (const [messages, decision] of unchanged)
      expect(await lastTurn(...messages), messages.join(' → ')).toEqual(decision);
  });
});
