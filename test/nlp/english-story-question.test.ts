/**
 * English stories with the question at the end (issue 11, session 46): a closing concession ("even though I'm a
 * foreigner", "although he is over 80") tells who asks, not what is asked, and dilutes the question sentence that
 * confirms the entry the whole message put first. It is dropped when enough of the question remains.
 */
import { describe, expect, it } from 'vitest';
import { englishQuestionSentence } from '../../src/nlp/request-sentence.ts';

describe('the question sentence of an English message without its closing concession', () => {
  it('drops "even though …", "even if …", "although …" when enough of the question remains', () => {
    expect(englishQuestionSentence('Can he get a disability certificate even though I am a foreigner?')).toBe(
      'Can he get a disability certificate?',
    );
    expect(
      englishQuestionSentence('We moved here in May. Can our son get a disability certificate, even if we rent?'),
    ).toBe('Can our son get a disability certificate?');
  });

  it('keeps a short question whole', () => {
    expect(englishQuestionSentence('Can I join even though I am old?')).toBeNull();
  });
});
