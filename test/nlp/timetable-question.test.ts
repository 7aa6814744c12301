import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { asksTimetable } from '../../src/nlp/timetable-question.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

// Session 27: "xe buýt … chạy đến mấy giờ" got the center's opening hours as an answer, and a flight ticket for an
// older person got the elderly allowance offered.
describe('a bus, train or flight’s timetable or ticket is the transport company’s', () => {
  it.each([
    'xe buýt mấy giờ thì hết chuyến',
    'xe buýt cuối tuần chạy mấy giờ ạ',
    'lịch chạy xe buýt ngày tết',
    'người già đi xe buýt có được miễn vé không',
    'người khuyết tật đi máy bay có được giảm vé không',
  ])('falls back honestly: %s', (question) => {
    expect(asksTimetable(tokenize(question)), question).toBe(true);
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it.each([
    'đi xe buýt số mấy thì tới trung tâm',
    'trung tâm mở cửa mấy giờ, có xe buýt đi ngang không',
    'con em hay đi xe khách một mình, có sao không',
    'máy bay trực thăng cứu hộ vùng lũ',
    'mấy giờ thì tổng đài có người nghe máy',
    'họ bắt em trả tiền vé máy bay rồi mới cho về',
  ])('leaves the way to the center, a vehicle or a ticket only named, and a time alone: %s', (question) => {
    expect(asksTimetable(tokenize(question)), question).toBe(false);
  });
});
