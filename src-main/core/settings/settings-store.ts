// Settings live in a small JSON file in the data directory. Unknown or invalid fields in the file
// are ignored (defaults win) so a hand-edited file can never stop the app from starting.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsPatchSchema } from '../../shared/contract';
import type { Settings } from '../../shared/types';

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

  constructor(dataDir: string, overrides: Partial<Settings> = {}) {
    this.file = join(dataDir, 'settings.json');
    this.current = Object.freeze({ ...defaultSettings, ...this.readFile(), ...overrides });
  }

  /** An immutable snapshot (read on every request, so it is shared rather than copied). */
  get(): Readonly<Settings> {
    return this.current;
  }

  update(patch: Partial<Settings>): Readonly<Settings> {
    this.current = Object.freeze({ ...this.current, ...stripUndefined(patch) });
    const tmp = this.file + '.tmp';
    writeFileSync(tmp, JSON.stringify(this.current, null, 2));
    renameSync(tmp, this.file);
    return this.get();
  }

  private readFile(): Partial<Settings> {
    try {
      const parsed = settingsPatchSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? (stripUndefined(parsed.data) as Partial<Settings>) : {};
    } catch {
      return {};
    }
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
