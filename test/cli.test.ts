import { KnowledgeStore } from '../src/knowledge.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.ts';
import { cli } from './helpers/cli.ts';
import { copyKnowledge, safeguardingEndingWith } from './helpers/kb.ts';

const ROOT = resolve(import.meta.dirname, '..');

describe('command line', () => {
  it('--help prints the usage and succeeds; an unknown option is a usage error, not a stack trace', async () => {
    for (const argv of [['--help'], ['help'], ['ask', '--help'], ['eval', '-h']]) {
      const help = await cli(argv);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('ctxh ask [--json] "question"');
    }
    const wrong = await cli(['ask', '--jsn', 'xin chào']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Unknown option '--jsn'");
    expect(wrong.stderr).toContain('Usage:');
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });

  it('ask --json prints one JSON object with the answering entry', async () => {
    const { code, stdout } = await cli(['ask', '--json', 'cho em hỏi tổng đài miễn phí số mấy']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ q: 'cho em hỏi tổng đài miễn phí số mấy', id: 'hotline', crisis: false });
    expect(answer.score).toBeGreaterThan(0);
    expect(Array.isArray(answer.alternatives)).toBe(true);
    expect(answer.reply).toContain('1800 1769');
  });

  it('ask --json --stdin answers one line per question in one process, null on fallback', async () => {
    const { code, stdout } = await cli(['ask', '--json', '--stdin'], {
      input: 'ba toi 80 tuoi co dc tro cap ko\nkết quả bóng đá tối qua\ne muon tu tu\n',
    });
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['elderly-allowance', null, 'emergency']);
    expect(lines[2].crisis).toBe(true);
    expect(lines[2].safeguarding).toMatchObject({
      situation: 'suicide',
      outcome: 'danger-now',
      numbers: ['115', '113'],
    });
    expect(lines[0].safeguarding).toBeNull();
    expect(lines[2].reply.indexOf('113')).toBeLessThan(lines[2].reply.indexOf('1800 1769'));
  });

  it('ask --json --stdin without --conversation answers every line as if asked alone', async () => {
    // The first line gets a did-you-mean; before, the next line was read as a reply to its offer
    // (the printed id was the engine's, the reply another entry's).
    const lines = ['hello, is there any support for a disabled child?', 'what documents do i need'];
    const together = await cli(['ask', '--json', '--stdin'], { input: `${lines.join('\n')}\n` });
    const alone = await cli(['ask', '--json', lines[1] as string]);
    expect(together.code).toBe(0);
    const second = JSON.parse(together.stdout.trim().split('\n')[1] as string);
    expect(second.reply).toBe(JSON.parse(alone.stdout).reply);
  });

  it('ask --json names the agency a question is referred to, and null otherwise', async () => {
    const { code, stdout } = await cli(['ask', '--json', '--stdin'], {
      input: 'gia han the bao hiem y te o dau\nba toi 80 tuoi co dc tro cap ko\n',
    });
    expect(code).toBe(0);
    const [referred, answered] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(referred).toMatchObject({ id: null, outcome: 'referral', referral: 'bhxh' });
    expect(referred.reply).toContain('Bảo hiểm xã hội');
    expect(answered).toMatchObject({ id: 'elderly-allowance', referral: null });
  });

  it('kb catches lists the questions an agency is referred, from the sets staff may read', async () => {
    const { code, stdout } = await cli(['kb', 'catches', 'tu-phap']);
    expect(code).toBe(0);
    expect(stdout).toContain('✓ Đăng ký khai sinh cho con cần những gì?');
    expect(stdout).toMatch(/Cơ quan "tu-phap" đang nhận \d+ câu hỏi/);
    const holdout = readFileSync(join(ROOT, 'test', 'eval', 'holdout2.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).q as string);
    for (const q of holdout) expect(stdout).not.toContain(q);
    // It answers every readable set (about 9,000 questions, more each session): 20 s is too short on 2 busy cores.
  }, 60_000);

  it('ask --json --stdin --conversation reads the lines as one person, so follow-ups keep the topic', async () => {
    const input = 'me toi 78 tuoi ko co luong huu thi co duoc tro cap khong\ncan giay to gi\no dau\n';
    const { code, stdout } = await cli(['ask', '--json', '--stdin', '--conversation'], { input });
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['elderly-allowance', 'apply-social-allowance', 'apply-social-allowance']);
    expect(lines.map((l) => l.outcome)).toEqual(['answer', 'answer', 'answer']);
    expect(Object.keys(lines[1])).toEqual([
      'q',
      'id',
      'score',
      'crisis',
      'outcome',
      'referral',
      'safeguarding',
      'alternatives',
      'blend',
      'aspect',
      'reply',
    ]);
    // How the intent classifier and the matcher reached the score.
    expect(Object.keys(lines[0].blend)).toEqual(['matcher', 'classifier', 'outOfScope', 'gate']);
    // The aspect each reply opened with: the papers before the application's whole answer, then, the application
    // having just been shown, where to apply and a pointer to the whole answer instead of it again.
    expect(lines.map((l) => l.aspect)).toEqual([
      null,
      { name: 'papers', brief: false },
      { name: 'place', brief: true },
    ]);
    expect(lines[1].reply).toContain('Đăng ký hưởng trợ cấp xã hội');
    expect(lines[2].reply).toContain('UBND xã/phường');
    expect(lines[2].reply).toContain('[📖 Xem lại toàn bộ hướng dẫn]');
    expect(lines[2].reply).not.toContain('📝 Đăng ký hưởng trợ cấp xã hội');
    // Without --conversation the same lines stay independent: "o dau" alone is the center's address, and
    // "can giay to gi" alone names no topic (the intent classifier reads it as out of scope).
    const alone = await cli(['ask', '--json', '--stdin'], { input });
    expect(
      alone.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['elderly-allowance', null, 'center-contact']);
  });

  it('ask --conversation runs flows as a chat: a command, then an option number', async () => {
    const { code, stdout } = await cli(['ask', '--json', '--stdin', '--conversation'], { input: '/kiemtra\n1\n' });
    expect(code).toBe(0);
    const [start, picked] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(start.outcome).toBe('command');
    expect(start.reply).toContain('Kiểm tra nhanh');
    expect(picked.outcome).toBe('button');
    expect(picked.reply).not.toBe(start.reply);
  });

  it('kb check passes on the shipped knowledge base and fails with the file named on a broken one', async () => {
    const ok = await cli(['kb', 'check']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Lớp an toàn: 10 tình huống, \d+ khái niệm, có bộ phân loại thống kê/);
    const dir = copyKnowledge();
    writeFileSync(join(dir, 'entries', 'privacy.yaml'), 'id: privacy\ntitle: X\n');
    const broken = await cli(['kb', 'check'], { env: { KNOWLEDGE_DIR: dir } });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('entries/privacy.yaml › mục "privacy"');
  });

  it('kb check lists what staff must confirm as warnings, and --strict fails on them', async () => {
    const warned = await cli(['kb', 'check']);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('center.yaml › trường name: đánh dấu verify');
    expect(warned.stdout).toContain('center.yaml › trường hotline_hours');
    const strict = await cli(['kb', 'check', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('trước khi đưa vào sử dụng (--strict)');
    expect(strict.stdout).toContain('figures.yaml › trường base_level › national › 2026-07-01');
  });

  it('kb check refuses a safeguarding.yaml cut short, and --write-manifest records a deliberate removal', async () => {
    const dir = copyKnowledge();
    const { truncated } = safeguardingEndingWith(dir);
    writeFileSync(join(dir, 'safeguarding.yaml'), truncated);
    const refused = await cli(['kb', 'check'], { env: { KNOWLEDGE_DIR: dir } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Kho kiến thức có lỗi');
    expect(refused.stderr).toMatch(
      /safeguarding\.yaml › trường concepts › beat: còn \d+ cụm từ, ít hơn \d+ cụm từ ghi trong manifest\.yaml/,
    );
    expect(refused.stderr).toContain('tải lại nguyên tệp');

    const rewritten = await cli(['kb', 'check', '--write-manifest'], { env: { KNOWLEDGE_DIR: dir } });
    expect(rewritten.code).toBe(0);
    expect(rewritten.stdout).toContain('Đã ghi manifest.yaml');
    expect(readFileSync(join(dir, 'manifest.yaml'), 'utf8')).toMatch(/^ {4}beat: \d+$/m);
    expect((await cli(['kb', 'check'], { env: { KNOWLEDGE_DIR: dir } })).code).toBe(0);
  });

  it('kb export prints the whole knowledge base as JSON', async () => {
    const { code, stdout } = await cli(['kb', 'export']);
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    const hotline = data.entries.find((e: { id: string }) => e.id === 'hotline');
    expect(Object.keys(hotline)).toEqual(expect.arrayContaining(['id', 'title', 'questions', 'keywords', 'answer']));
    expect(data.entries.length).toBeGreaterThanOrEqual(37);
  });

  it('start refuses to run on an invalid knowledge base', async () => {
    const dir = copyKnowledge();
    writeFileSync(join(dir, 'ui.yaml'), 'greeting: hi\n');
    const { code, stderr } = await cli(['start'], {
      env: { KNOWLEDGE_DIR: dir, DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-data-')) },
    });
    expect(code).toBe(1);
    expect(stderr).toContain('ui.yaml');
    expect(stderr).toContain('không khởi động');
  });

  it('start runs from the last good copy in DATA_DIR when the files on disk are broken, and answers crises', async () => {
    const dir = copyKnowledge();
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-data-'));
    const { truncated } = safeguardingEndingWith(dir);
    // The bot ran once on good files: they were kept as the last good copy.
    new KnowledgeStore(dir, silentLogger(), { dataDir }).close();
    writeFileSync(join(dir, 'safeguarding.yaml'), truncated);
    const { code, stdout, stderr } = await cli(['start'], {
      env: { KNOWLEDGE_DIR: dir, DATA_DIR: dataDir },
      input: 'Anh rể đang đánh chị tôi ngoài sân, ai vô can cũng bị đánh, nhà ở xóm 3 xã Nghi Phong\n/thoat\n',
    });
    expect(code).toBe(0);
    expect(stderr).toContain('CẢNH BÁO: kho kiến thức trên đĩa có lỗi');
    expect(stderr).toContain('concepts › beat');
    expect(stdout).toMatch(/› 113 – /);
  });
});
