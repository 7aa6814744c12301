/**
 * Issue 11: an older person with nobody to care for them asking to be taken in ("vào trung tâm") asks for the center's
 * residential care, not its home services: the neighbour is offered first (`person_asks › neighbours`), and the
 * situation told (`person_asks › situations`) answers it directly where nothing was heard by the safeguarding layer.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a lonely elder asking to be taken in gets residential care', () => {
  it.each([
    'nguoi gia neo don thi vao trung tam duoc khong',
    'người già neo đơn thì vào trung tâm được không',
    'người già neo đơn không ai chăm sóc thì vào trung tâm được không',
    'nguoi gia neo don khong ai cham soc thi vao trung tam duoc khong',
    'ông em 80 tuổi sống một mình muốn vào trung tâm được không',
    'ong em 80 tuoi song mot minh muon vao trung tam duoc khong',
    'Cho tôi hỏi trung tâm có nhận người già vào ở không, ba tôi 86 tuổi sống một mình.',
  ])('“%s” → answered', (question) => {
    expect(findAnswer(kb, question)).toMatchObject({
      outcome: 'answer',
      entryId: 'service-residential-care',
      crisis: false,
      safeguarding: null,
    });
  });

  // "Không còn ai" is one of the detector's hopeless cues, but here it is said of a group ("người già neo đơn"), in a
  // question about nobody in particular: since session 42 a harm or a hardship inside the group's own name no longer
  // keeps the question from being general (`markGroupAsked`), so it is answered directly, with no check-in.
  it.each([
    'nguoi gia neo don khong con ai cham soc thi vao trung tam duoc khong',
    'người già neo đơn không còn ai chăm sóc thì vào trung tâm được không',
  ])('“%s” → residential care, answered as a question about a group', (question) => {
    expect(findAnswer(kb, question)).toMatchObject({
      outcome: 'answer',
      entryId: 'service-residential-care',
      safeguarding: null,
    });
  });
});

describe('the day centre and volunteering stay the older people’s services', () => {
  it.each([
    'người già neo đơn vào trung tâm sinh hoạt ban ngày được không',
    'nguoi gia neo don vao trung tam sinh hoat ban ngay duoc khong',
  ])('“%s”', (question) => {
    expect(findAnswer(kb, question).entryId).not.toBe('service-residential-care');
  });
});
