import { describe, expect, it } from 'vitest';
import { Lexicon, PhraseRules } from '../../src/text/lexicon.ts';
import { foldAccents, makeToken, tokenize } from '../../src/text/normalize.ts';

const folded = (text: string): string[] => tokenize(text).map((t) => t.folded);

describe('Vietnamese normalisation', () => {
  it('folds every Vietnamese accent, including đ', () => {
    expect(foldAccents('đăng ký trợ cấp người cao tuổi ở đâu')).toBe('dang ky tro cap nguoi cao tuoi o dau');
    expect(foldAccents('ĐỨC')).toBe('DUC');
  });

  it('folds any text as a whole-string decomposition would: decomposed marks, other scripts, emoji', () => {
    const byDecomposition = (text: string): string =>
      text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    for (const text of ['tiếng việt', 'a\u0301b\u0323', 'ñandú Ωμέγα Привет', '😀 cứu 𝐀𝐁 ế', 'abc', '']) {
      expect(foldAccents(text), text).toBe(byDecomposition(text));
    }
  });

  it('composes decomposed (NFD) input before reading it', () => {
    const nfd = 'Tổng đài'.normalize('NFD');
    expect(tokenize(nfd).map((t) => t.text)).toEqual(['tổng', 'đài']);
  });

  it('strips punctuation, emoji, markup and control characters', () => {
    expect(folded('<b>Tổng đài</b>?? 😀\u0000\u0007 số mấy!!!')).toEqual(['tong', 'dai', 'so', 'may']);
  });

  it('cuts words where a split at every non-letter, non-digit, non-mark character would, for every character', () => {
    const bySplit = (text: string): string[] =>
      text
        .normalize('NFC')
        .toLowerCase()
        .split(/[^\p{L}\p{N}\p{M}]+/u)
        .filter((part) => part.length > 0);
    const texts: string[] = ['x😀y z', 'a\uD800b', '𝐀𝐁 cứu'];
    // Every character of the Basic Multilingual Plane between two words, 256 to a text (but "<", which may open
    // markup, and "☹", read as a word).
    for (let code = 0; code < 0x10000; code += 256) {
      let text = 'a';
      for (let c = code; c < code + 256; c++) text += `${String.fromCharCode(c)}b`;
      texts.push(text.replace(/[\uD800-\uDFFF<☹]/g, ' '));
    }
    for (const text of texts)
      expect(
        tokenize(text, 4_000).map((t) => t.text),
        text.slice(0, 20),
      ).toEqual(bySplit(text));
  });

  it('marks words typed without any accent as plain', () => {
    const [a, b] = tokenize('tu tử');
    expect(a?.plain).toBe(true);
    expect(b?.plain).toBe(false);
  });

  it('reads a word the same after many other words, whether it was kept or folded again', () => {
    const first = makeToken('hỗ');
    // More distinct words than are kept: the kept tokens are let go and the word is folded anew.
    for (let i = 0; i < 25_000; i++) makeToken(`từ${i}`);
    expect(makeToken('hỗ')).toEqual(first);
    expect(makeToken('hỗ')).toEqual({ text: 'hỗ', folded: 'ho', plain: false });
    expect(tokenize('hỗ trợ ho')).toEqual([first, makeToken('trợ'), { text: 'ho', folded: 'ho', plain: true }]);
  });

  it('reads at most the configured length of a huge message', () => {
    expect(tokenize('a '.repeat(20_000), 100).length).toBe(50);
  });
});

describe('lexicon rules', () => {
  const lexicon = new Lexicon(
    [
      { from: ['ko', 'k', 'hông'], to: 'không' },
      { from: ['dc', 'đc'], to: 'được' },
      { from: ['ctxh'], to: 'công tác xã hội' },
      { from: ['tiền già'], to: 'trợ cấp người cao tuổi' },
    ],
    ['cho em hỏi', 'dạ'],
    ['nha', 'ạ'],
  );
  const run = (text: string): string[] => lexicon.dropFillers(lexicon.rewrite(tokenize(text))).map((t) => t.folded);

  it('expands teencode and abbreviations', () => {
    expect(run('ctxh co dc ko')).toEqual(['cong', 'tac', 'xa', 'hoi', 'co', 'duoc', 'khong']);
  });

  it('maps multi-word synonyms', () => {
    expect(run('tiền già bao nhiêu')).toEqual(['tro', 'cap', 'nguoi', 'cao', 'tuoi', 'bao', 'nhieu']);
  });

  it('drops fillers anywhere and particles only at the end', () => {
    expect(run('dạ cho em hỏi nha bị cháy thì sao nha')).toEqual(['nha', 'bi', 'chay', 'thi', 'sao']);
  });

  it('drops a run of end particles, multi-word ones included, and keeps a message of nothing else', () => {
    const withPhrase = new Lexicon([], [], ['ạ', 'nhé', 'với ạ']);
    const drop = (text: string): string[] => withPhrase.dropFillers(tokenize(text, 10_000)).map((t) => t.text);
    expect(drop('giúp em với ạ nhé ạ với ạ')).toEqual(['giúp', 'em']);
    expect(drop('ạ nhé '.repeat(500))).toHaveLength(1000);
  });

  it('keeps the message when it is nothing but fillers', () => {
    expect(run('dạ')).toEqual(['da']);
  });

  it('matches an accented pattern when typed without accents, but not with other accents', () => {
    const rules = new PhraseRules([['tự tử', '']]);
    expect(rules.findAll(tokenize('muon tu tu'))).toHaveLength(1);
    expect(rules.findAll(tokenize('muốn tự tử'))).toHaveLength(1);
    expect(rules.findAll(tokenize('đi từ từ thôi'))).toHaveLength(0);
  });

  it('takes the longest rule that matches, then the first listed of that length', () => {
    const rules = new PhraseRules([
      ['em', 'A'],
      ['cho em', 'B'],
      ['cho hỏi', 'C'],
      ['cho em hỏi', 'D'],
      ['cho em biết', 'E'],
      ['cho', 'F'],
      ['cho em hỏi', 'G'],
    ]);
    const read = (text: string): string[] => rules.apply(tokenize(text)).map((t) => t.text);
    expect(read('cho em hỏi với')).toEqual(['d', 'với']);
    expect(read('cho em xem')).toEqual(['b', 'xem']);
    expect(read('cho hoi')).toEqual(['c']);
    expect(read('cho tôi')).toEqual(['f', 'tôi']);
    expect(read('em cho')).toEqual(['a', 'f']);
  });

  it('can require exact accents', () => {
    const rules = new PhraseRules([['tự vẫn', '']], { exactAccents: true });
    expect(rules.findAll(tokenize('tu van tam ly'))).toHaveLength(0);
    expect(rules.findAll(tokenize('có ý định tự vẫn'))).toHaveLength(1);
  });
});
