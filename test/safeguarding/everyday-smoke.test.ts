/**
 * Session 44 (issue 10: false crisis on hard negatives): smoke or a scorch with its everyday cause told (grilling, a
 * burnt pot, cigarettes, incense, leaves scorched by sun or fertiliser) is no fire, even with "đầy khói" or the writer
 * inside; smoke drifting into a room is no break-in. A flame told or spreading, someone trapped, hurt or unable to
 * breathe keeps the fire.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('safeguarding: session 44, smoke with its everyday cause is no fire', () => {
  it.each([
    'bếp đầy khói vì nướng cá, em đang trong phòng thì có sao không',
    'anh hàng xóm hút thuốc, khói bay vào phòng con em, làm sao nói với ảnh',
    'cháy nồi cơm, bếp đầy khói',
    'trồng rau sao cho không bị cháy lá',
    'nhà nướng thịt khói đầy phòng khách, mở quạt hút có đỡ không',
    'thắp nhang khói đầy nhà, bé ho quá có sao không',
    'cây ớt bị cháy lá do nắng gắt, cứu lại được không',
    'ông nhà hút thuốc khói thuốc bay vào phòng cháu, nói sao cho ông bỏ',
  ])('"%s" is no fire emergency', (text) => {
    const result = detect(text);
    expect(result?.outcome === 'danger-now' && result.situation === 'fire').toBe(false);
    expect(result?.outcome).not.toBe('danger-now');
  });

  it.each([
    'đang nướng cá thì lửa bén lên rèm cửa, cứu với',
    'cháy nồi cơm mà giờ khói đầy nhà, mẹ em ho sặc không thở được',
    'ông hàng xóm hút thuốc ngủ quên, nệm bốc cháy rồi',
    'thắp nhang xong khói đầy phòng, bà nội ngất xỉu',
    'đốt rác cháy lan sang kho nhà bên',
    'nướng thịt mà khói đầy nhà, con em đang kẹt trong phòng',
    'bếp cháy lan lên trần rồi',
    'chú em hút thuốc rồi ngủ quên, cái chăn đang bốc khói mà chú không dậy',
    'bác phòng bên hút thuốc làm cháy nệm, khói đầy hành lang, bác chưa ra',
    'khoi day hanh lang, bac bao ve go cua la chay, em dang o voi ong noi',
    'hàng xóm cháy, khói bay vào phòng con em, không thở được',
  ])('"%s" is a fire now', (text) => {
    const result = detect(text);
    expect(result?.outcome).toBe('danger-now');
    expect(result?.situation).toBe('fire');
  });
});
