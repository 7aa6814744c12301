import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { asksWeatherOrSport } from '../../src/nlp/weather-sport.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('small talk about the weather or football', () => {
  it('is no service of the center: the honest fallback', () => {
    for (const question of [
      'thời tiết cuối tuần ở Đà Lạt ra sao',
      'tối nay đá banh ai thắng',
      'lich bong da hom nay',
    ]) {
      expect(asksWeatherOrSport(tokenize(question)), question).toBe(true);
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', asksNoService: true });
    }
  });

  it('leaves hard weather, where the center may give relief, to the entries', () => {
    for (const question of [
      'thời tiết rét quá, người già neo đơn có được cấp chăn không',
      'thoi tiet bao lu nha sap thi xin ho tro o dau',
      'trung tâm có đội bóng đá cho trẻ khuyết tật không',
    ])
      expect(asksWeatherOrSport(tokenize(question)), question).toBe(false);
  });
});
