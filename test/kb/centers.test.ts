/** One file adapts the bot to another province: CENTER=hue serves knowledge/centers/hue.yaml. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { KnowledgeError } from '../../src/kb/load.ts';
import { KnowledgeStore, loadKnowledge } from '../../src/knowledge.ts';
import { silentLogger } from '../../src/log.ts';
import { KNOWLEDGE_DIR } from '../helpers/kb.ts';

describe('CENTER', () => {
  it('serves the chosen center’s name, hotline and own levels in answers', () => {
    const hue = new KnowledgeStore(KNOWLEDGE_DIR, silentLogger(), { center: 'hue' }).current;
    const quangNinh = loadKnowledge(KNOWLEDGE_DIR);
    expect(hue.center.name).toBe('Trung tâm Công tác xã hội thành phố Huế');
    expect(hue.center.verify).toContain('hotline');
    expect(hue.entries.get('hotline')?.answer).toContain('thành phố Huế: 111');
    expect(quangNinh.entries.get('hotline')?.answer).toContain('1800 1769');
    expect(hue.entries.get('allowance-amount')?.answer).toContain('mức riêng của thành phố Huế');
    expect(quangNinh.entries.get('allowance-amount')?.answer).toContain('mức riêng của Quảng Ninh');
  });

  it('names the missing file when CENTER has none', () => {
    expect(() => loadKnowledge(KNOWLEDGE_DIR, { center: 'da-nang' })).toThrow(KnowledgeError);
    expect(() => loadKnowledge(KNOWLEDGE_DIR, { center: 'da-nang' })).toThrow(/centers\/da-nang\.yaml/);
  });

  it('is read from the environment once, with the config', () => {
    expect(loadConfig({ CENTER: 'hue' }).center).toBe('hue');
    expect(loadConfig({}).center).toBeUndefined();
  });
});
