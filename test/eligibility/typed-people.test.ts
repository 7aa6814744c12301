/**
 * Twenty-five people driven through /kiemtra with typed answers only, the
 * way an older person types on Zalo Bot: no accents, kinship words, "co",
 * "ko", "ừ", numbers. Each expected result is written from the rules in
 * knowledge/eligibility.yaml (who is in which category), not from the code.
 * Every answer must be understood (no "carry on with the check?" prompt)
 * and the result must name exactly the expected categories.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../src/channels/terminal/terminal.ts';
import type { Reply } from '../../src/core/message.ts';
import type { EligibilityRules } from '../../src/eligibility/rules.ts';
import { payloadsOf, realBot, realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();
const rules = kb.eligibility as EligibilityRules;

/** A person: what they type to each question the check may ask, and the categories the rules give them. */
interface TypedPerson {
  who: string;
  typed: Record<string, string>;
  categories: string[];
}

const PEOPLE: TypedPerson[] = [
  {
    who: 'grandmother of 82, poor, nobody to support her, no pension',
    typed: {
      who: 'cho ba noi toi',
      age: '82',
      disability: 'ko',
      household: 'ho ngheo',
      'single-parent': 'ko',
      hiv: 'ko',
      support: 'ko co ai',
      pension: 'ko',
    },
    categories: ['elderly-poor-no-support', 'social-pension'],
  },
  {
    who: 'grandfather of 76, not poor, no pension',
    typed: { who: 'ong ngoai', age: '76 tuoi', disability: 'khong', household: 'ko', pension: 'khong co' },
    categories: ['social-pension'],
  },
  {
    who: 'retired teacher of 76 with a pension',
    typed: { who: 'toi', age: '76', disability: 'ko', household: 'khong', pension: 'co' },
    categories: [],
  },
  {
    who: 'mother of 72 in a near-poor household, no pension',
    typed: { who: 'me toi', age: '72', disability: 'ko', household: 'can ngheo', 'single-parent': 'ko', pension: 'ko' },
    categories: ['social-pension-poor'],
  },
  {
    who: 'mother of 72, not poor',
    typed: { who: 'cho me toi', age: '72 tuoi', disability: 'hong', household: 'ko' },
    categories: [],
  },
  {
    who: 'man of 65, poor, nobody obliged to support him (picks "1" for himself)',
    typed: {
      who: '1',
      age: '65',
      disability: 'ko',
      household: 'ngheo',
      'single-parent': 'ko',
      hiv: 'ko',
      support: 'ko co ai',
    },
    categories: ['elderly-poor-no-support'],
  },
  {
    who: 'son of 30 with a severe disability',
    typed: { who: 'con trai toi', age: '30', disability: 'ừ', 'disability-level': 'nang', household: 'ko' },
    categories: ['disability'],
  },
  {
    who: 'sister of 40 with an extremely severe disability, poor household',
    typed: {
      who: 'cho chi gai toi',
      age: '40',
      disability: 'co bi',
      'disability-level': 'dac biet nang',
      household: 'ho ngheo',
      'single-parent': 'ko',
      hiv: 'ko',
    },
    categories: ['disability'],
  },
  {
    who: 'child of 2 in a poor household in a mountain commune',
    typed: {
      who: 'con toi',
      age: '2 tuoi',
      disability: 'ko',
      caregiver: 'co',
      household: 'ho ngheo',
      hiv: 'ko',
      area: 'co',
    },
    categories: ['child-under-3'],
  },
  {
    who: 'grandchild of 10 who lost both parents',
    typed: { who: 'chau toi', age: '10', disability: 'ko', caregiver: 'mo coi ca cha lan me', household: 'ko' },
    categories: ['child-no-caregiver'],
  },
  {
    who: 'grandchild of 18, orphaned, at school',
    typed: {
      who: 'chau noi toi',
      age: '18',
      disability: 'ko',
      caregiver: 'mo coi ca hai',
      studying: 'co',
      household: 'ko',
    },
    categories: ['young-adult-studying'],
  },
  {
    who: 'grandchild of 18, orphaned, no longer at school',
    typed: {
      who: 'chau ngoai',
      age: '18',
      disability: 'ko',
      caregiver: 'mo coi ca hai',
      studying: 'ko',
      household: 'ko',
    },
    categories: [],
  },
  {
    who: 'single mother of 30, poor',
    typed: { who: 'toi', age: '30', disability: 'ko', household: 'ngheo', 'single-parent': 'co', hiv: 'ko' },
    categories: ['single-parent'],
  },
  {
    who: 'single mother of 35, near-poor',
    typed: { who: 'minh', age: '35 tuoi', disability: 'ko', household: 'can ngheo', 'single-parent': 'don than' },
    categories: ['single-parent'],
  },
  {
    who: 'acquaintance of 40 with HIV in a poor household',
    typed: { who: 'nguoi quen', age: '40', disability: 'ko', household: 'ngheo', 'single-parent': 'ko', hiv: 'co' },
    categories: ['adult-hiv'],
  },
  {
    who: 'child of 8 with HIV in a poor household, mother still raising him',
    typed: {
      who: 'con toi',
      age: '8 tuoi',
      disability: 'ko',
      caregiver: 'con me',
      household: 'ngheo',
      hiv: 'co',
      area: 'ko',
    },
    categories: ['child-hiv'],
  },
  {
    who: 'grandmother of 80 with a severe disability, poor, alone, no pension',
    typed: {
      who: 'ba noi',
      age: '80',
      disability: 'co',
      'disability-level': 'nang',
      household: 'ngheo',
      'single-parent': 'ko',
      hiv: 'ko',
      support: 'ko',
      pension: 'ko',
    },
    categories: ['disability', 'elderly-poor-no-support', 'social-pension'],
  },
  {
    who: 'brother of 50 with a mild disability',
    typed: { who: 'anh trai toi', age: '50', disability: 'co', 'disability-level': 'nhe', household: 'ko' },
    categories: [],
  },
  {
    who: 'grandfather of 60, poor, with children who support him',
    typed: {
      who: 'ong noi',
      age: '60',
      disability: 'ko',
      household: 'ngheo',
      'single-parent': 'ko',
      hiv: 'ko',
      support: 'co con',
    },
    categories: [],
  },
  {
    who: 'mother of 74, poor, supported by children, no pension',
    typed: {
      who: 'me toi',
      age: '74',
      disability: 'ko',
      household: 'ngheo',
      'single-parent': 'ko',
      hiv: 'ko',
      support: 'co',
      pension: 'ko',
    },
    categories: ['social-pension-poor'],
  },
  {
    who: 'grandfather of 90 with a small pension, not poor',
    typed: { who: 'ong toi', age: '90 tuoi', disability: 'ko', household: 'ko', pension: 'duoi 500' },
    categories: ['social-pension'],
  },
  {
    who: 'father born in 1940, not poor, no pension',
    typed: { who: 'ba toi', age: 'sinh nam 1940', disability: 'khong', household: 'khong', pension: 'khong' },
    categories: ['social-pension'],
  },
  {
    who: 'young man of 25, not poor',
    typed: { who: 'cho toi', age: '25', disability: 'ko', household: 'ko' },
    categories: [],
  },
  {
    who: 'neighbour of 68, poor, nobody left',
    typed: {
      who: 'hang xom',
      age: '68',
      disability: 'khong',
      household: 'ho ngheo',
      'single-parent': 'khong',
      hiv: 'khong',
      support: 'khong con ai',
    },
    categories: ['elderly-poor-no-support'],
  },
  {
    who: 'daughter of 1, near-poor, mountain commune (types "số 2" for family)',
    typed: { who: 'số 2', age: '1 tuoi', disability: 'ko', caregiver: 'co', household: 'can ngheo', area: 'oke' },
    categories: ['child-under-3'],
  },
];

/** The question the replies ask, read from their answer buttons ("k:a:<question>:<value>"). */
function askedQuestion(replies: readonly Reply[]): string | undefined {
  return payloadsOf(replies)
    .find((p) => p.startsWith('k:a:'))
    ?.split(':')[2];
}

/** Category titles named in a result, of all categories the rules know. */
function titlesIn(text: string): string[] {
  return rules.categories.filter((c) => text.includes(c.title)).map((c) => c.id);
}

const noMatch = rules.texts.no_match.split('{nguoi}')[1]?.slice(0, 30) as string;

describe('the 25-person table, typed answers only', () => {
  it('has 25 people, each expected result written from the rules', () => {
    expect(PEOPLE).toHaveLength(25);
    const known = new Set(rules.categories.map((c) => c.id));
    for (const p of PEOPLE) for (const id of p.categories) expect(known.has(id), id).toBe(true);
  });

  it.each(PEOPLE)('in the chat: $who', async (person) => {
    const bot = realBot();
    const user = testUser('zalo-bot');
    let replies = await bot.handle({ kind: 'command', user, command: 'kiemtra', args: '' });
    for (let step = 0; step < 15; step++) {
      const question = askedQuestion(replies);
      if (!question) break;
      const typed = person.typed[question];
      expect(typed, `no typed answer for "${question}"`).toBeDefined();
      replies = await bot.handle({ kind: 'text', user, text: typed as string });
      // Not understood: the bot answers as a question and offers to carry on.
      expect(payloadsOf(replies), `"${typed}" to ${question} was not understood`).not.toContain('k:c');
    }
    const text = replies.map((r) => r.text).join('\n');
    expect(askedQuestion(replies)).toBeUndefined();
    expect(titlesIn(text).sort()).toEqual([...person.categories].sort());
    if (person.categories.length === 0) expect(text).toContain(noMatch);
  });

  it('gives the same results in the terminal, where every line is typed', async () => {
    let right = 0;
    for (const person of PEOPLE) {
      const input = new PassThrough();
      const output = new PassThrough();
      let out = '';
      output.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      const done = runTerminalChat({ bot: realBot(), knowledge: () => kb, input, output });
      // The terminal shows one question at a time; answer in the order this person is asked.
      input.write('/kiemtra\n');
      for (let step = 0; step < 15; step++) {
        await new Promise((r) => setTimeout(r, 5));
        const asked = [...out.matchAll(/Câu \d+\. (.+)/g)].at(-1)?.[1];
        const question = rules.questions.find(
          (q) =>
            asked?.startsWith(q.text.split('{nguoi}')[0] as string) &&
            asked.includes(q.text.split('{nguoi}').at(-1)?.slice(0, 20) as string),
        );
        if (!question || out.includes(rules.texts.result_title.split('{')[0] as string)) break;
        out = out.replace(/Câu \d+\./g, 'Đã hỏi.');
        input.write(`${person.typed[question.id] ?? '?'}\n`);
      }
      input.end('/thoat\n');
      await done;
      const ids = titlesIn(out).sort();
      if (JSON.stringify(ids) === JSON.stringify([...person.categories].sort())) right++;
      else expect.soft(ids, person.who).toEqual([...person.categories].sort());
    }
    expect(right).toBe(25);
  });
});

describe('typed back and stop inside /kiemtra', () => {
  async function started() {
    const bot = realBot();
    const user = testUser('zalo-bot');
    const say = (text: string) => bot.handle({ kind: 'text', user, text });
    await bot.handle({ kind: 'command', user, command: 'kiemtra', args: '' });
    return say;
  }

  it('goes back one question with "quay lai", "quay lại" or "trở lại"', async () => {
    for (const back of ['quay lai', 'quay lại', 'trở lại']) {
      const say = await started();
      expect(askedQuestion(await say('me toi'))).toBe('age');
      expect(askedQuestion(await say('82'))).toBe('disability');
      const replies = await say(back);
      expect(askedQuestion(replies), back).toBe('age');
      expect(payloadsOf(replies)).not.toContain('k:c');
    }
  });

  it('stops with "dừng", "dung lai", "thôi" or "huy", deleting the answers', async () => {
    for (const stop of ['dừng', 'dung lai', 'thôi', 'huy']) {
      const say = await started();
      await say('toi');
      const replies = await say(stop);
      expect(replies[0]?.text, stop).toBe(rules.texts.stopped);
      // The check is gone: "ko" is now an ordinary message, not an answer.
      expect(payloadsOf(await say('ko'))).not.toContain('k:a:age:0-2');
    }
  });

  it('asks again on "dung" (dừng or đúng?) instead of guessing, and takes "đúng" as yes', async () => {
    const say = await started();
    await say('me toi');
    expect(askedQuestion(await say('82'))).toBe('disability');
    const unclear = await say('dung');
    expect(unclear[0]?.text).toBe(rules.texts.stop_or_yes);
    expect(askedQuestion(unclear)).toBe('disability');
    expect(askedQuestion(await say('đúng'))).not.toBe('disability');
    expect((await say('dừng'))[0]?.text).toBe(rules.texts.stopped);
  });

  it('asks again when a bare yes or no is typed to a question whose options are not yes and no', async () => {
    for (const yes of ['có', 'co', 'dạ có ạ', 'ừ', 'ok']) {
      const say = await started();
      await say('ong ngoai toi');
      await say('82');
      expect(askedQuestion(await say('khong')), yes).toBe('household');
      const replies = await say(yes);
      expect(replies[0]?.text, yes).toBe(rules.texts.pick_an_option);
      expect(askedQuestion(replies), yes).toBe('household');
      // The question is still open: its options are still there to pick.
      expect(askedQuestion(await say('hộ cận nghèo')), yes).not.toBe('household');
    }
    // Where "không" names an option ("Không thuộc hộ nghèo, cận nghèo"), it is taken, not asked again.
    const say = await started();
    await say('ong ngoai toi');
    await say('82');
    await say('khong');
    const no = await say('không');
    expect(no[0]?.text).not.toBe(rules.texts.pick_an_option);
    expect(askedQuestion(no)).not.toBe('household');
  });

  it('reads "9" as an age, not as back, on the age question', async () => {
    const say = await started();
    await say('con toi');
    const replies = await say('9');
    expect(askedQuestion(replies)).toBe('disability');
    expect(replies.at(-1)?.text).toContain('Câu 3.');
  });

  it('never takes "tôi" as a crisis, and still answers danger first mid-check', async () => {
    const say = await started();
    const mine = await say('tôi');
    expect(askedQuestion(mine)).toBe('age');
    const danger = await say('tôi muốn tự tử');
    expect(danger.map((r) => r.text).join('\n')).toMatch(/111|113|115/);
    expect(askedQuestion(danger)).toBeUndefined();
  });
});

describe('kinship words at "Bạn muốn kiểm tra cho ai?"', () => {
  it('takes a relative named with "tôi", "em" or "cho" as a family member, not the person themself', async () => {
    const relatives = [
      'cho bà nội tôi',
      'cho chị gái tôi',
      'em gái tôi',
      'cho em gai toi',
      'con trai toi',
      'ông ngoại',
      'dì tôi',
      'chú tôi',
      'cậu em',
      'mẹ tôi',
    ];
    for (const typed of relatives) {
      const bot = realBot();
      const user = testUser('zalo-bot');
      await bot.handle({ kind: 'command', user, command: 'kiemtra', args: '' });
      const replies = await bot.handle({ kind: 'text', user, text: typed });
      expect(replies.at(-1)?.text, typed).toContain('Năm nay người thân của bạn bao nhiêu tuổi?');
    }
    const bot = realBot();
    const user = testUser('zalo-bot');
    await bot.handle({ kind: 'command', user, command: 'kiemtra', args: '' });
    expect((await bot.handle({ kind: 'text', user, text: 'cho toi' })).at(-1)?.text).toContain(
      'Năm nay bạn bao nhiêu tuổi?',
    );
  });
});

/** A check started on Zalo Bot (no buttons): every answer is typed. */
async function startedOnZalo() {
  const bot = realBot();
  const user = testUser('zalo-bot');
  await bot.handle({ kind: 'command', user, command: 'kiemtra', args: '' });
  return (text: string) => bot.handle({ kind: 'text', user, text });
}

describe('carrying on after a question asked mid-check', () => {
  it('asks the current question again on "tiep tuc"', async () => {
    const say = await startedOnZalo();
    await say('me toi');
    expect(payloadsOf(await say('hộ nghèo được hỗ trợ những gì?'))).toContain('k:c');
    const again = await say('tiep tuc');
    expect(askedQuestion(again)).toBe('age');
  });
});

describe('a reply that answers a later question', () => {
  it('keeps "không có lương hưu" typed at the disability question for the pension question, and asks disability again', async () => {
    const say = await startedOnZalo();
    await say('cho ba noi toi');
    expect(askedQuestion(await say('82'))).toBe('disability');
    const noted = await say('khong co luong huu');
    expect(noted[0]?.text).toContain('lương hưu');
    expect(askedQuestion(noted)).toBe('disability');
    expect(noted.at(-1)?.text).toContain('Câu 3.');
    // The pension question is never asked: its answer was kept.
    const asked: Array<string | undefined> = [];
    for (const reply of ['khong', 'khong', 'khong', 'khong', 'khong', 'khong']) {
      const replies = await say(reply);
      asked.push(askedQuestion(replies));
      if (askedQuestion(replies) === undefined) break;
    }
    expect(asked).not.toContain('pension');
    // "không" alone is still the answer to the question asked.
    expect(asked[0]).not.toBe('disability');
  });
});
