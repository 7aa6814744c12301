import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JobFiles } from '../../src/delivery/journal.ts';
import { nodeDisk, type AppendFile, type Disk } from '../../src/store/disk.ts';

/** The real disk, noting the order of appends and fsyncs. */
function recordingDisk(events: string[]): Disk {
  return {
    writeFile: (path, data) => nodeDisk.writeFile(path, data),
    async openAppend(path): Promise<AppendFile> {
      const file = await nodeDisk.openAppend(path);
      return {
        write: async (text) => {
          await file.write(text);
          events.push(`write ${text.trim()}`);
        },
        sync: async () => {
          events.push('sync start');
          await file.sync();
          events.push('sync end');
        },
        close: () => file.close(),
      };
    },
  };
}

describe('delivery journal durability', () => {
  it('acknowledges a record only after an fsync that began after it was written, sharing fsyncs between records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctxh-journal-'));
    const events: string[] = [];
    const journal = await new JobFiles(dir, recordingDisk(events)).openJournal('job');
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        await journal.record(i, 'sent');
        events.push(`ack ${i}`);
      }),
    );
    await journal.close();

    for (let i = 0; i < 50; i++) {
      const written = events.indexOf(`write ${i} s`);
      const acked = events.indexOf(`ack ${i}`);
      const syncStart = events.indexOf('sync start', written);
      expect(syncStart, `an fsync starts after record ${i} is written`).toBeGreaterThan(written);
      expect(events.indexOf('sync end', syncStart), `and ends before record ${i} is acknowledged`).toBeLessThan(acked);
    }
    const syncs = events.filter((e) => e === 'sync start').length;
    expect(syncs).toBeGreaterThanOrEqual(1);
    expect(syncs, 'fsyncs are shared, not one per record').toBeLessThan(50);
    expect(readFileSync(join(dir, 'job.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(50);
  });
});
