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
    expect(readPersonTurn(kb, 'ông nội em 72 ở hộ nghèo có được không', 'elderly-allowance')).toBeUndefined();
    expect(readPersonTurn(kb, 'mẹ em 72 tuổi thì sao', 'elderly-allowance')).toBeUndefined();
    // No age and no group: a circumstance of the person already asked about, not a turn to someone new.
    expect(readPersonTurn(kb, 'ông ở với chú út trên núi thì sao', 'elderly-allowance')).toBeUndefined();
  });
});
