import { describe, expect, it } from 'vitest';
import { ConsoleSessions } from '../../src/admin/sessions.ts';

describe('console sessions', () => {
  it('forgets sessions nobody used for eight hours when someone signs in', () => {
    let now = 0;
    const sessions = new ConsoleSessions(() => now);
    for (let i = 0; i < 50; i++) sessions.open({ platform: 'telegram', userId: String(i) });
    expect(sessions.size).toBe(50);
    now = 8 * 3_600_000 + 1;
    const fresh = sessions.open({ platform: 'telegram', userId: 'new' });
    expect(sessions.size).toBe(1);
    expect(sessions.find(fresh.id)?.userId).toBe('new');
  });
});
