import { describe, expect, it } from 'vitest';
import { readPersonTurn } from '../../src/nlp/followup.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('readPersonTurn: "còn" and a person turns the conversation to them (session 30)', () => {
  it('reads the person turned to, with an older age in bare digits as theirs', () => {
    const turn = readPersonTurn(kb, 'còn bà nội em 74, ở với chú út thì sao', 'elderly-allowance');
    expect(turn).toMatchObject({ who: 'elderly', followUp: true, marker: true, aspect: 'eligibility' });
  });

  it('takes the age near the person before a group word that is the writer ("cháu")', () => {
    const turn = readPersonTurn(kb, 'thế còn ông nội cháu 83 tuổi đang có lương hưu thì sao ạ', 'allowance-amount');
    expect(turn?.who).toBe('elderly');
  });

  it('reads a group the details name when no age is given', () => {
    expect(
      readPersonTurn(kb, 'còn dì em bị khiếm thị bẩm sinh, không chồng con thì sao', 'elderly-allowance')?.who,
    ).toBe('disability');
  });

  it('asks a service for the person, with no aspect of its own, after a service', () => {
    const turn = readPersonTurn(
      kb,
      'còn bố em 70 bị yếu một bên người thì có làm được không',
      'disability-registration',
    );
    expect(turn).toMatchObject({ forWhom: true, aspect: null });
  });

  it("does not read a child described, a message with no turn, or another agency's paper as a turn", () => {
    // "Con em" typed without accents is also "my child".
    expect(readPersonTurn(kb, 'con em 3t chua biet noi, hay dap dau', 'service-autism')).toBeUndefined();
    expect(readPersonTurn(kb, 'mẹ em 72 tuổi thì sao', 'elderly-allowance')).toBeUndefined();
    expect(readPersonTurn(kb, 'còn mẹ em thì làm căn cước ở đâu', 'elderly-allowance')).toBeUndefined();
  });

  it('leaves a long story alone', () => {
    const story =
      'còn mẹ em năm nay cũng gần 70 rồi, hồi trước làm công nhân may ở thành phố, nghỉ việc sớm nên không có lương hưu gì hết';
    expect(readPersonTurn(kb, story, 'elderly-allowance')).toBeUndefined();
  });

  it('reads the writer turning to themself ("còn tôi", "còn tui", "còn mình") as a turn too', () => {
    for (const text of ['còn tôi bị liệt một chân, sống một mình thì sao', 'còn tui ở với con gái có được không']) {
      expect(readPersonTurn(kb, text, 'eligibility-social-allowance'), text).toMatchObject({ followUp: true });
    }
  });

  it('reads a kinship word first and "thì sao" last as the same turn, without "còn" (session 31)', () => {
    for (const text of [
      'ong noi e 72 o ho ngheo thi sao',
      'bà ngoại mình 81 tuổi ở một mình, nhà nghèo thì sao ạ',
      'bố tôi 85 ở quê, hộ cận nghèo thì sao',
    ]) {
      expect(readPersonTurn(kb, text, 'elderly-allowance'), text).toMatchObject({
        who: 'elderly',
        followUp: true,
        aspect: 'eligibility',
      });
    }
  });

  it('leaves "ba" counting, a turn without "thì sao", and what the ordinary reading takes to it', () => {
    expect(readPersonTurn(kb, 'ba đứa nhỏ ở với bà nội thì sao', 'elderly-allowance')).toBeUndefined();
    expect(readPersonTurn(kb, 'ông nội em 72 ở hộ nghèo', 'elderly-allowance')).toBeUndefined();
    // Without "thì sao", only whether the person qualifies, asked last, turns to them (session 32, below).
    expect(readPersonTurn(kb, 'ông nội em 72 ở hộ nghèo nộp ở đâu', 'elderly-allowance')).toBeUndefined();
    expect(readPersonTurn(kb, 'mẹ em 72 tuổi thì sao', 'elderly-allowance')).toBeUndefined();
    // No age and no group: a circumstance of the person already asked about, not a turn to someone new.
    expect(readPersonTurn(kb, 'ông ở với chú út trên núi thì sao', 'elderly-allowance')).toBeUndefined();
  });
});

describe('readPersonTurn: a kinship word first and whether they qualify asked last (session 32)', () => {
  it('turns to the person named first with an age or a group when the message ends asking whether they qualify', () => {
    for (const [text, who] of [
      ['bà ngoại các cháu cũng 70 rồi có được gì không', 'elderly'],
      ['ông nội tụi nhỏ năm nay 83 có được hông', 'elderly'],
      ['mẹ em bị khiếm thị, ở một mình có được nhận không ạ', 'disability'],
      ['bố em 81 tuổi ở quê có được gì không', 'elderly'],
    ] as const) {
      expect(readPersonTurn(kb, text, 'allowance-amount'), text).toMatchObject({
        who,
        followUp: true,
        aspect: 'eligibility',
      });
    }
  });

  it('leaves a question of another aspect, and a person with neither age nor group, to the ordinary reading', () => {
    expect(readPersonTurn(kb, 'bà ngoại các cháu 70 rồi nộp giấy ở đâu', 'allowance-amount')).toBeUndefined();
    expect(readPersonTurn(kb, 'ông ở với chú út trên núi có được không', 'elderly-allowance')).toBeUndefined();
    expect(readPersonTurn(kb, 'bà con trong xóm có được gì không', 'allowance-amount')).toBeUndefined();
  });
});
