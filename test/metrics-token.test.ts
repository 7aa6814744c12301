import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startService, type Service } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { KNOWLEDGE_DIR } from './helpers/kb.ts';

const TOKEN = 'metrics-token-0123456789abcdef';

describe('GET /metrics', () => {
  let service: Service | undefined;
  afterEach(async () => {
    await service?.stop();
    service = undefined;
  });
  const start = async (extra: Record<string, string>): Promise<string> => {
    const config = loadConfig({
      KNOWLEDGE_DIR,
      KB_WATCH: 'off',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-metrics-')),
      HOST: '127.0.0.1',
      PORT: '0',
      ...extra,
    });
    service = await startService(config, silentLogger());
    return `http://127.0.0.1:${service.server?.port}`;
  };
  const get = (url: string, authorization?: string): Promise<Response> =>
    fetch(url, authorization ? { headers: { authorization } } : {});

  it('is open, as before, when METRICS_TOKEN is not set', async () => {
    const base = await start({});
    const res = await get(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('ctxh_updates_received_total');
  });

  it('answers 401 without the right bearer token when METRICS_TOKEN is set, and the metrics with it', async () => {
    const base = await start({ METRICS_TOKEN: TOKEN });
    for (const authorization of [
      undefined,
      'Bearer wrong-token-0123456789abcd',
      `Basic ${TOKEN}`,
      TOKEN,
      `Bearer ${TOKEN}x`,
    ]) {
      const res = await get(`${base}/metrics`, authorization);
      expect(res.status, String(authorization)).toBe(401);
      expect(await res.text()).not.toContain('ctxh_');
    }
    const res = await get(`${base}/metrics`, `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('ctxh_updates_received_total');
    // Health checks stay open for load balancers.
    expect((await get(`${base}/healthz`)).status).toBe(200);
  });

  it('refuses a METRICS_TOKEN too short to be a secret', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});
