import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { ask, realBot, realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('answer engine', () => {
  it('answers the same question with or without accents', () => {
    expect(findAnswer(kb, 'Tổng đài tư vấn miễn phí số mấy?').entryId).toBe('hotline');
    expect(findAnswer(kb, 'tong dai tu van mien phi so may').entryId).toBe('hotline');
  });

  it('understands teencode through the lexicon', () => {
    const r = findAnswer(kb, 'nkt dc ho tro j ko ad');
    expect(r.outcome).toBe('answer');
    expect(r.entryId).toBe('service-disability');
  });

  it('puts emergency first when someone is in danger now', () => {
    const r = findAnswer(kb, 'cứu với, chồng tôi đang cầm dao đòi giết tôi');
    expect(r).toMatchObject({ outcome: 'crisis', crisis: true, entryId: 'emergency' });
  });

  it('does not raise a crisis for "tư vấn" typed without accents (it folds like "tự vẫn")', () => {
    expect(findAnswer(kb, 'tu van gia dinh o dau').crisis).toBe(false);
    expect(findAnswer(kb, 'be nha em tien bo tu tu').crisis).toBe(false);
  });

  it('falls back when no entry is close', () => {
    for (const q of ['kết quả bóng đá tối qua', 'What is the capital of France?', 'công thức nấu phở bò']) {
      expect(findAnswer(kb, q), q).toMatchObject({ outcome: 'fallback', entryId: null });
    }
  });

  it('never answers an unrelated question with confidence (at most it offers choices)', () => {
    for (const q of ['giá vàng hôm nay', 'mua vé máy bay đi Đà Nẵng', 'đăng ký kết hôn cần giấy tờ gì']) {
      expect(findAnswer(kb, q).outcome, q).not.toBe('answer');
    }
  });

  it('reports an empty outcome for messages with no words', () => {
    expect(findAnswer(kb, '').outcome).toBe('empty');
    expect(findAnswer(kb, '😀😀🎉').outcome).toBe('empty');
    expect(findAnswer(kb, '   \n\t').outcome).toBe('empty');
  });

  it('reads only the start of a huge message and says so', () => {
    const r = findAnswer(kb, `tổng đài miễn phí số mấy ${'x'.repeat(20_000)}`);
    expect(r.truncated).toBe(true);
    expect(r.entryId).toBe('hotline');
  });
});

describe('bad input never crashes and is never echoed', () => {
  const bot = realBot();
  const nasty = [
    '',
    '😀'.repeat(50),
    'a'.repeat(20_000),
    'tổng đài '.repeat(3000),
    '\u0000\u0001\u0002\u001b[31m',
    '<script>alert("x")</script> tổng đài',
    '**bold** _it_ [link](http://x.y) `code`',
    '\u202e\u200b\ufeff',
  ];
  for (const input of nasty) {
    it(`replies sensibly to ${JSON.stringify(input.slice(0, 30))}`, async () => {
      const replies = await ask(bot, input);
      expect(replies.length).toBeGreaterThan(0);
      for (const r of replies) {
        expect(r.text.length).toBeGreaterThan(0);
        expect(r.text.length).toBeLessThanOrEqual(1600);
        if (input.length > 5) expect(r.text).not.toContain(input.slice(0, 20));
        expect(r.text).not.toContain('<script>');
      }
    });
  }
});

describe('answer cache', () => {
  it('never serves a decision made on an older knowledge snapshot', async () => {
    const { readKnowledgeSource } = await import('../../src/kb/load.ts');
    const { compileKnowledge } = await import('../../src/knowledge.ts');
    const { KNOWLEDGE_DIR } = await import('../helpers/kb.ts');
    const source = readKnowledgeSource(KNOWLEDGE_DIR);
    const before = compileKnowledge(source);
    expect(findAnswer(before, 'xét nghiệm HIV ở đâu').entryId).toBe('service-hiv');
    const edited = compileKnowledge({
      ...source,
      entries: source.entries.map((e) =>
        e.id === 'service-hiv'
          ? {
              ...e,
              title: 'Câu lạc bộ cờ tướng',
              questions: [
                'Câu lạc bộ cờ tướng họp ở đâu?',
                'Lịch đánh cờ tướng',
                'Đăng ký chơi cờ',
                'Giải cờ tướng phường',
              ],
              keywords: ['cờ tướng'],
            }
          : e,
      ),
    });
    expect(findAnswer(edited, 'xét nghiệm HIV ở đâu').entryId).not.toBe('service-hiv');
    expect(findAnswer(before, 'xét nghiệm HIV ở đâu').entryId).toBe('service-hiv');
  });

  it('hands out copies, so a caller cannot corrupt a cached decision', () => {
    const first = findAnswer(kb, 'số tổng đài tư vấn');
    first.alternatives.length = 0;
    expect(findAnswer(kb, 'số tổng đài tư vấn').alternatives.length).toBeGreaterThan(0);
  });
});
