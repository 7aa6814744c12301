/**
 * Issue 11: a single parent is the carer by definition, so "mẹ đơn thân nuôi 2 con nhỏ có được hỗ trợ gì không" still
 * asks for the mother (`caring` in lexicon.yaml's `person_asks › groups`), answered directly with who qualifies for
 * the monthly allowance (single parents of poor households); "ông bà già nuôi cháu" still asks for the grandchild.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const read = (text: string) => kb.personAsks.read(kb.lexicon.dropFillers(kb.lexicon.rewrite(tokenize(text))));

describe('a single parent raising children asks for support', () => {
  it.each([
    'me don than nuoi 2 con nho co dc ho tro gi k',
    'mẹ đơn thân nuôi 2 con nhỏ có được hỗ trợ gì không',
    'bố đơn thân nuôi con nhỏ có được hỗ trợ gì không',
    'bo don than nuoi con nho co duoc ho tro gi khong',
  ])('“%s” → who qualifies for the monthly allowance', (question) => {
    expect(read(question)?.groups).toContain('single-parent');
    expect(findAnswer(kb, question)).toMatchObject({
      outcome: 'answer',
      entryId: 'eligibility-social-allowance',
      crisis: false,
      safeguarding: null,
    });
  });
});

describe('other groups before a carer’s verb still care for the person asked', () => {
  it.each(['ông bà già nuôi cháu có được trợ cấp gì không', 'ong ba gia nuoi chau co duoc tro cap gi khong'])(
    '“%s” does not name the elderly',
    (question) => {
      expect(read(question)?.groups ?? []).not.toContain('elderly');
    },
  );
});
