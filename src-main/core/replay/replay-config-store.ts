// Forward targets and response rules live in their own small JSON file (replay.json) next to
// settings.json: they are edited as whole lists, change often while debugging, and keeping them
// out of Settings means a bad rule can never stop the rest of the settings from loading. Each
// section is validated on read. An unreadable file is moved aside (replay.json.corrupt-<time>)
// rather than silently replaced by defaults; what happened is reported through loadNotes().
// Saving writes the file before changing memory, so a failed write changes nothing.
import { join } from 'node:path';
import { forwardSettingsSchema, type ForwardSettings, type ResponseRule } from '@shared/replay-types';
import { moveAside, readJsonFile, writeJsonFile } from '../files/json-file';
import { loadResponseRules } from './response-rules';

const DEFAULT_FORWARD: ForwardSettings = { paused: false, targets: [] };

export class ReplayConfigStore {
  private forwardSettings: ForwardSettings;
  private rules: ResponseRule[];
  private readonly notes: string[] = [];
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'replay.json');
    const raw = this.readFile();
    const forward = forwardSettingsSchema.safeParse(raw.forward ?? DEFAULT_FORWARD);
    if (!forward.success)
      this.notes.push(
        `the forward targets in ${this.file} were invalid and were not loaded (${forward.error.issues[0]?.message}).`,
      );
    this.forwardSettings = forward.success ? forward.data : structuredClone(DEFAULT_FORWARD);
    const rules = loadResponseRules(raw.responseRules);
    this.rules = rules.rules;
    this.notes.push(...rules.notes.map((note) => `${this.file}: ${note}`));
  }

  /** What start-up had to change in the saved configuration (disabled rules…), for the log and the UI. */
  loadNotes(): readonly string[] {
    return this.notes;
  }

  forward(): ForwardSettings {
    return structuredClone(this.forwardSettings);
  }

  /** Read for every capture by the forwarder: the live settings (callers must not mutate them). */
  forwardView(): Readonly<ForwardSettings> {
    return this.forwardSettings;
  }

  setForward(next: ForwardSettings): ForwardSettings {
    const forward = structuredClone(next);
    this.save(forward, this.rules);
    this.forwardSettings = forward;
    return this.forward();
  }

  /** Read on every request by the receiver: returns the live list (callers must not mutate it). */
  responseRules(): readonly ResponseRule[] {
    return this.rules;
  }

  setResponseRules(rules: ResponseRule[]): ResponseRule[] {
    const next = structuredClone(rules);
    this.save(this.forwardSettings, next);
    this.rules = next;
    return structuredClone(this.rules);
  }

  private save(forward: ForwardSettings, responseRules: ResponseRule[]): void {
    writeJsonFile(this.file, { forward, responseRules });
  }

  private readFile(): { forward?: unknown; responseRules?: unknown } {
    const read = readJsonFile(this.file);
    if (read.kind === 'missing') return {};
    if (
      read.kind === 'ok' &&
      typeof read.value === 'object' &&
      read.value !== null &&
      !Array.isArray(read.value)
    )
      return read.value as { forward?: unknown; responseRules?: unknown };
    const problem = read.kind === 'corrupt' ? read.problem : 'not a JSON object';
    const kept = moveAside(this.file);
    this.notes.push(
      `${this.file} could not be read (${problem}); it was moved to ${kept} and Hookscope started with no forward targets and no response rules.`,
    );
    return {};
  }
}
