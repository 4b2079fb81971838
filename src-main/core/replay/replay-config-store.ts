// Forward targets and response rules live in their own small JSON file (replay.json) next to
// settings.json: they are edited as whole lists, change often while debugging, and keeping them
// out of Settings means a bad rule can never stop the rest of the settings from loading. Each
// section is validated on read; an invalid section falls back to its default alone.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { forwardSettingsSchema, type ForwardSettings, type ResponseRule } from '../../shared/replay-types';
import { loadResponseRules } from './response-rules';

const DEFAULT_FORWARD: ForwardSettings = { paused: false, targets: [] };

export class ReplayConfigStore {
  private forwardSettings: ForwardSettings;
  private rules: ResponseRule[];
  private readonly notes: string[];
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'replay.json');
    const raw = readJson(this.file);
    const forward = forwardSettingsSchema.safeParse(raw.forward);
    this.forwardSettings = forward.success ? forward.data : structuredClone(DEFAULT_FORWARD);
    const rules = loadResponseRules(raw.responseRules);
    this.rules = rules.rules;
    this.notes = rules.notes;
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
    this.forwardSettings = structuredClone(next);
    this.save();
    return this.forward();
  }

  /** Read on every request by the receiver: returns the live list (callers must not mutate it). */
  responseRules(): readonly ResponseRule[] {
    return this.rules;
  }

  setResponseRules(rules: ResponseRule[]): ResponseRule[] {
    this.rules = structuredClone(rules);
    this.save();
    return structuredClone(this.rules);
  }

  private save(): void {
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ forward: this.forwardSettings, responseRules: this.rules }, null, 2));
    renameSync(tmp, this.file);
  }
}

function readJson(file: string): { forward?: unknown; responseRules?: unknown } {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof value === 'object' && value !== null
      ? (value as { forward?: unknown; responseRules?: unknown })
      : {};
  } catch {
    return {};
  }
}
