import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '../../src/delivery/rate-limit.ts';
import { useFakeClock } from '../helpers/real-io.ts';

/** Takes `count` slots for distinct chats, each answered at once, moving fake time in 1 ms steps; returns when each was granted. */
async function sendTimes(limiter: RateLimiter, count: number, first = 0): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    let done = false;
    const taken = limiter.take(`chat-${first + i}`).then((answered) => {
      answered();
      done = true;
    });
    while (!done) await vi.advanceTimersByTimeAsync(1);
    await taken;
    times.push(Date.now());
  }
  return times;
}

describe('adaptive broadcast pacing', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends at the configured limit while no 429 comes', async () => {
    useFakeClock();
    vi.setSystemTime(0);
    const limiter = new RateLimiter({ perSecond: 30, perChatPerSecond: 1 }, () => Date.now());
    const times = await sendTimes(limiter, 301);
    const rate = 300 / (((times.at(-1) as number) - (times[0] as number)) / 1000);
    expect(rate).toBeGreaterThanOrEqual(30 * 0.98);
    expect(rate).toBeLessThanOrEqual(30.01);
    expect(limiter.currentRate()).toBe(30);
  });

  it('slows down after a 429 for its retry_after, then climbs back to the limit', async () => {
    useFakeClock();
    vi.setSystemTime(0);
    const limiter = new RateLimiter({ perSecond: 30, perChatPerSecond: 1 }, () => Date.now());
    await sendTimes(limiter, 30);
    limiter.pause(1000);
    const pausedAt = Date.now();
    const [firstAfter] = await sendTimes(limiter, 1, 100);
    expect((firstAfter as number) - pausedAt).toBeGreaterThanOrEqual(1000);
    expect(limiter.currentRate()).toBeLessThan(30);
    expect(limiter.currentRate()).toBeGreaterThanOrEqual(30 * 0.9 - 0.1);
    // Two quiet seconds later the pace is back at the limit.
    await vi.advanceTimersByTimeAsync(2000);
    expect(limiter.currentRate()).toBe(30);
  });

  it('counts a message until the platform answers it, so a slow one never lets a burst through', async () => {
    useFakeClock();
    vi.setSystemTime(0);
    const limiter = new RateLimiter({ perSecond: 3, perChatPerSecond: 1 }, () => Date.now());
    const answers: Array<() => void> = [];
    for (let i = 0; i < 3; i++) {
      const taken = limiter.take(`slow-${i}`);
      await vi.advanceTimersByTimeAsync(400);
      answers.push(await taken);
    }
    let fourthAt = -1;
    const fourth = limiter.take('fourth').then(() => {
      fourthAt = Date.now();
    });
    await vi.advanceTimersByTimeAsync(1500);
    // The first message, sent at 0, is still unanswered: the fourth waits for it.
    expect(fourthAt).toBe(-1);
    const answeredAt = Date.now();
    answers[0]?.();
    await vi.advanceTimersByTimeAsync(1100);
    await fourth;
    expect(fourthAt).toBeGreaterThanOrEqual(answeredAt);
  });

  it('backs off once for one 429 seen by several sends in flight', async () => {
    useFakeClock();
    vi.setSystemTime(0);
    const limiter = new RateLimiter({ perSecond: 30, perChatPerSecond: 1 }, () => Date.now());
    for (let i = 0; i < 8; i++) limiter.pause(1000);
    expect(limiter.currentRate()).toBeCloseTo(27, 5);
  });

  it('never paces below a quarter of the limit, however many 429s come', async () => {
    useFakeClock();
    vi.setSystemTime(0);
    const limiter = new RateLimiter({ perSecond: 30, perChatPerSecond: 1 }, () => Date.now());
    for (let i = 0; i < 20; i++) {
      limiter.pause(1000);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(limiter.currentRate()).toBeGreaterThanOrEqual(7.5);
  });
});

describe('rate limiter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never exceeds the overall rate, and pauses the platform on request', async () => {
    useFakeClock();
    vi.setSystemTime(0);
    const limiter = new RateLimiter({ perSecond: 10, perChatPerSecond: 1000 }, () => Date.now());
    const times = await sendTimes(limiter, 30);
    // 30 messages at 10/s take about 2.9 s of (fake) time.
    expect(times.at(-1)).toBeGreaterThanOrEqual(2800);
    limiter.pause(5000);
    const before = Date.now();
    await sendTimes(limiter, 1, 100);
    expect(Date.now() - before).toBeGreaterThanOrEqual(5000);
  });
});
