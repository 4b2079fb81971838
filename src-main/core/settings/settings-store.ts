// Settings live in a small JSON file in the data directory. A damaged file never stops the app and
// is never lost: an unreadable file is moved aside (settings.json.corrupt-<time>) and defaults are
// used; fields that fail validation fall back to their defaults one by one, the rest are kept. What
// happened is logged and shown in the UI (loadNotes → getStatus().startupNotices).
// Saving writes the file first and changes the settings in memory only once it is on disk, so a
// full disk leaves both as they were.
import { join } from 'node:path';
import { settingsPatchSchema } from '@shared/contract';
import type { Settings } from '@shared/types';
import { moveAside, readJsonFile, writeJsonFile } from '../files/json-file';

export const defaultSettings: Settings = {
  receiverMaxBodyBytes: 25 * 1024 * 1024,
  metaVerifyToken: null,
  retentionMaxCaptures: 100_000,
  retentionMaxBytes: 2 * 1024 * 1024 * 1024,
  publicUrl: null,
  tunnelDomain: null,
  tunnelPathHint: null,
  tunnelStartOnLaunch: false,
  genericHmac: null,
  providerByPath: [],
};

export class SettingsStore {
  private current: Readonly<Settings>;
  private readonly file: string;
  private readonly notes: string[] = [];

  constructor(dataDir: string, overrides: Partial<Settings> = {}) {
    this.file = join(dataDir, 'settings.json');
    this.current = Object.freeze({ ...defaultSettings, ...this.readFile(), ...overrides });
  }

  /** An immutable snapshot (read on every request, so it is shared rather than copied). */
  get(): Readonly<Settings> {
    return this.current;
  }

  /** What start-up had to do about a damaged settings file (empty when it was fine). */
  loadNotes(): readonly string[] {
    return this.notes;
  }

  /** Throws FileWriteError (and changes nothing) when the file cannot be written. */
  update(patch: Partial<Settings>): Readonly<Settings> {
    const next = Object.freeze({ ...this.current, ...stripUndefined(patch) });
    writeJsonFile(this.file, next);
    this.current = next;
    return this.get();
  }

  private readFile(): Partial<Settings> {
    const read = readJsonFile(this.file);
    if (read.kind === 'missing') return {};
    if (
      read.kind === 'corrupt' ||
      typeof read.value !== 'object' ||
      read.value === null ||
      Array.isArray(read.value)
    ) {
      const problem = read.kind === 'corrupt' ? read.problem : 'not a JSON object';
      const kept = moveAside(this.file);
      this.notes.push(
        `${this.file} could not be read (${problem}); it was moved to ${kept} and default settings are used.`,
      );
      return {};
    }
    const whole = settingsPatchSchema.safeParse(read.value);
    if (whole.success) return stripUndefined(whole.data) as Partial<Settings>;
    // Keep every field that is valid on its own; report the others by name.
    const valid: Record<string, unknown> = {};
    const rejected: string[] = [];
    for (const [key, value] of Object.entries(read.value)) {
      const field = settingsPatchSchema.shape[key as keyof typeof settingsPatchSchema.shape];
      const parsed = field?.safeParse(value);
      if (parsed?.success && parsed.data !== undefined) valid[key] = parsed.data;
      else rejected.push(key);
    }
    const kept = moveAside(this.file);
    this.notes.push(
      `${this.file} had invalid values for ${rejected.join(', ')}; those use their defaults, the other settings were kept. ` +
        `The original file was moved to ${kept}.`,
    );
    return valid as Partial<Settings>;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
