/**
 * Events staff paused in the console, in `DATA_DIR/paused-events.json`:
 * written durably, so a restart keeps them paused; the scheduler skips their
 * reminders until they are resumed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurablySync } from '../store/disk.ts';

/** The file's name in the data folder. */
const PAUSED_EVENTS_FILE = 'paused-events.json';

/** The set of paused event ids, kept on disk. */
export class PausedEvents {
  private readonly file: string;
  private readonly ids: Set<string>;

  constructor(dataDir: string) {
    this.file = join(dataDir, PAUSED_EVENTS_FILE);
    this.ids = new Set(existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as string[]) : []);
  }

  /** True while the event is paused. */
  has(eventId: string): boolean {
    return this.ids.has(eventId);
  }

  /** Pauses (`paused`) or resumes an event; durable when it returns. */
  set(eventId: string, paused: boolean): void {
    if (paused) this.ids.add(eventId);
    else this.ids.delete(eventId);
    writeFileDurablySync(this.file, `${JSON.stringify([...this.ids].sort())}\n`);
  }
}
