import { describe, expect, it } from 'vitest';
import { eventsReplies, upcomingEvents } from '../../handlers/events.ts';
import { payloadsOf, realBot, realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();
const at = (iso: string): number => Date.parse(iso);

describe('/sukien', () => {
  it('lists the next five events with their local date and a short message', () => {
    const [reply] = eventsReplies(kb, at('2027-03-20T10:00+07:00'));
    const text = reply?.text ?? '';
    expect(text.startsWith(kb.ui.events_intro)).toBe(true);
    expect(text).toContain('• 25/3/2027: Ngày Công tác xã hội Việt Nam\n');
    expect(text).toContain(kb.events?.events[0]?.summary);
    expect(upcomingEvents(kb.events, at('2027-03-20T10:00+07:00')).map((u) => u.event.id)).toEqual([
      'social-work-day',
      'autism-awareness-day',
      'vietnam-disability-day',
      'children-month',
      'vietnam-elderly-day',
    ]);
    expect(text.indexOf('25/3/2027')).toBeLessThan(text.indexOf('2/4/2027'));
    expect(payloadsOf([reply ?? { text: '' }])).toEqual(['s:start', 'menu']);
  });

  it('includes an event on its own day, and a campaign while it runs', () => {
    expect(upcomingEvents(kb.events, at('2027-03-25T20:00+07:00'))[0]?.event.id).toBe('social-work-day');
    const june = upcomingEvents(kb.events, at('2027-06-10T09:00+07:00'));
    expect(june[0]).toMatchObject({ ongoing: true, event: { id: 'children-month' } });
    expect(eventsReplies(kb, at('2027-06-10T09:00+07:00'))[0]?.text).toContain(
      'đang diễn ra, đến hết 30/6/2027: Tháng hành động vì trẻ em',
    );
  });

  it('wraps around the new year', () => {
    const ids = upcomingEvents(kb.events, at('2027-12-20T09:00+07:00')).map((u) => `${u.event.id} ${u.date.year}`);
    expect(ids.slice(0, 2)).toEqual(['social-work-day 2028', 'autism-awareness-day 2028']);
  });

  it('answers the /sukien command instead of "coming soon"', async () => {
    const replies = await realBot().handle({ kind: 'command', user: testUser(), command: 'sukien', args: '' });
    expect(replies[0]?.text.startsWith(kb.ui.events_intro)).toBe(true);
    expect(replies[0]?.text).not.toBe(kb.ui.coming_soon);
  });
});
