/** The one reader of typed answers that every screen with buttons uses. */
import { describe, expect, it } from 'vitest';
import {
  BACK_NUMBER,
  readNumbers,
  readTypedChoice,
  STOP_NUMBER,
  type OfferedChoice,
} from '../../src/nlp/typed-choice.ts';

const consent: OfferedChoice[] = [
  { label: '✅ Đồng ý nhận tin', role: 'yes' },
  { label: 'Không, cảm ơn', role: 'no' },
];
const yesNoQuestion: OfferedChoice[] = [
  { label: 'Có' },
  { label: 'Không' },
  { label: 'Không rõ' },
  { label: '⬅️ Quay lại', role: 'back', number: BACK_NUMBER },
  { label: '✖️ Dừng', role: 'stop', number: STOP_NUMBER },
];
const topics: OfferedChoice[] = [
  'Trẻ em',
  'Người cao tuổi',
  'Người khuyết tật',
  'Hộ nghèo',
  'Việc làm',
  'Y tế',
  'Giáo dục',
  'Nhà ở',
  'Pháp lý',
  'Văn hóa',
  'Thể thao',
  'Môi trường',
].map((label) => ({ label }));

describe('readNumbers', () => {
  it('reads one number, with "số" or a trailing dot', () => {
    expect(readNumbers('2')).toEqual([2]);
    expect(readNumbers('số 2')).toEqual([2]);
    expect(readNumbers('so 3.')).toEqual([3]);
  });
  it('reads lists separated by commas, "và" or spaces', () => {
    expect(readNumbers('4, 11')).toEqual([4, 11]);
    expect(readNumbers('4 và 11')).toEqual([4, 11]);
    expect(readNumbers('4 va 11')).toEqual([4, 11]);
    expect(readNumbers('4 11')).toEqual([4, 11]);
  });
  it('is not fooled by an age, a year or words', () => {
    expect(readNumbers('82 tuổi')).toBeUndefined();
    expect(readNumbers('1945')).toBeUndefined();
    expect(readNumbers('bà tôi 82')).toBeUndefined();
  });
});

describe('readTypedChoice', () => {
  it('takes yes and no words, with or without accents', () => {
    for (const yes of ['có', 'co', 'ừ', 'ok', 'oke', 'đồng ý', 'dong y', 'dạ có ạ', 'Đồng ý nhận tin'])
      expect(readTypedChoice(yes, consent), yes).toEqual([0]);
    for (const no of ['ko', 'không', 'khong', 'hong', 'thôi', 'k', 'khong cam on'])
      expect(readTypedChoice(no, consent), no).toEqual([1]);
  });

  it('takes back and stop by word or by their fixed number, and "thôi" is stop where stop is offered', () => {
    for (const back of ['quay lại', 'quay lai', 'trở lại', 'tro lai', String(BACK_NUMBER)])
      expect(readTypedChoice(back, yesNoQuestion), back).toEqual([3]);
    for (const stop of ['dừng', 'dừng lại', 'thôi', 'hủy', 'huy', 'thoát', String(STOP_NUMBER)])
      expect(readTypedChoice(stop, yesNoQuestion), stop).toEqual([4]);
  });

  it('reads stopping as no where only yes or no is asked', () => {
    for (const stop of ['hủy', 'huy', 'dừng']) expect(readTypedChoice(stop, consent), stop).toEqual([1]);
  });

  it('does not guess when "dung" could be "dừng" or "đúng"', () => {
    expect(readTypedChoice('dung', yesNoQuestion)).toBeUndefined();
    expect(readTypedChoice('dừng', yesNoQuestion)).toEqual([4]);
    // "đúng" with its accents is yes, never a slip for "✖️ Dừng".
    expect(readTypedChoice('đúng', yesNoQuestion)).toEqual([0]);
    expect(readTypedChoice('đúng', yesNoQuestion.slice(3))).toBeUndefined();
  });

  it('takes an option label without accents or with one typo', () => {
    expect(readTypedChoice('khong ro', yesNoQuestion)).toEqual([2]);
    expect(readTypedChoice('khng ro', yesNoQuestion)).toEqual([2]);
    expect(readTypedChoice('nguoi khuyet tat', topics)).toEqual([2]);
    expect(readTypedChoice('nguoi khuyet tac', topics)).toEqual([2]);
  });

  it('picks several options only where a list is allowed', () => {
    expect(readTypedChoice('4, 11', topics, { list: true })).toEqual([3, 10]);
    expect(readTypedChoice('trẻ em và người khuyết tật', topics, { list: true })).toEqual([0, 2]);
    expect(readTypedChoice('tre em, nguoi cao tuoi', topics, { list: true })).toEqual([0, 1]);
    expect(readTypedChoice('4, 11', topics)).toBeUndefined();
  });

  it('leaves numbers alone where the number is the answer', () => {
    expect(readTypedChoice('2', yesNoQuestion, { numbers: false })).toBeUndefined();
    expect(readTypedChoice('2', yesNoQuestion)).toEqual([1]);
    expect(readTypedChoice('7', yesNoQuestion)).toBeUndefined();
  });

  it('leaves questions and sentences to the answer engine', () => {
    expect(readTypedChoice('có được trợ cấp không?', yesNoQuestion)).toBeUndefined();
    expect(readTypedChoice('không biết hộ nghèo thì được hỗ trợ những gì vậy', yesNoQuestion)).toBeUndefined();
  });
});
