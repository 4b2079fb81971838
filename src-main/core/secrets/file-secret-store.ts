// Secrets in a JSON file, written through the one JSON writer (temp file, fsync, rename, 0600). The codec decides
// whether values are encrypted: the Electron shell passes safeStorage's encrypt/decrypt; headless
// mode uses the identity codec and the file says `"encrypted": false` so the UI can label it.
import { chmodSync } from 'node:fs';
import type { SecretInfo } from '@shared/signature-types';
import { SecretList, type SecretStore, type StoredSecret } from './secret-store';
import { readJsonFile, writeJsonFile } from '../files/json-file';

export interface SecretCodec {
  encrypt(plain: string): Buffer;
  decrypt(cipher: Buffer): string;
  /** False when the codec does not really encrypt (identity, or safeStorage's basic_text backend). */
  isReal: boolean;
}

interface FileShape {
  version: 1;
  encrypted: boolean;
  secrets: { provider: string; label: string; createdAt: string; value: string }[];
}

const plainCodec: SecretCodec = {
  encrypt: (s) => Buffer.from(s, 'utf8'),
  decrypt: (b) => b.toString('utf8'),
  isReal: false,
};

class CodecFileSecretStore implements SecretStore {
  readonly encrypted: boolean;
  private secrets: SecretList;

  constructor(
    private readonly path: string,
    private readonly codec: SecretCodec,
    private readonly clock?: () => Date,
  ) {
    this.encrypted = codec.isReal;
    this.secrets = new SecretList(this.load(), clock);
  }

  private load(): StoredSecret[] {
    const read = readJsonFile(this.path);
    if (read.kind === 'missing') return [];
    const parsed = (read.kind === 'ok' ? read.value : null) as Partial<FileShape> | null;
    if (read.kind === 'corrupt' || parsed?.version !== 1 || !Array.isArray(parsed.secrets)) {
      // Never start without the secrets silently: the next save would overwrite what is left of them.
      throw new Error(
        `The secrets file ${this.path} is damaged (${read.kind === 'corrupt' ? read.problem : 'not a Hookscope secrets file'}). ` +
          'Restore it from a backup, or move it aside to start without secrets ' +
          `(mv "${this.path}" "${this.path}.bad"), or start with another data directory (--data-dir).`,
      );
    }
    const stored = parsed.secrets.map((s) => ({
      provider: s.provider,
      label: s.label,
      createdAt: s.createdAt,
      value: this.codec.decrypt(Buffer.from(s.value, 'base64')),
    }));
    // Tighten permissions of a file created by hand or an older version.
    chmodSync(this.path, 0o600);
    return stored;
  }

  private save(list: SecretList): void {
    const shape: FileShape = {
      version: 1,
      encrypted: this.codec.isReal,
      secrets: list.snapshot().map((s) => ({
        provider: s.provider,
        label: s.label,
        createdAt: s.createdAt,
        value: this.codec.encrypt(s.value).toString('base64'),
      })),
    };
    writeJsonFile(this.path, shape);
  }

  /** Apply a change to a copy, write it, and only then keep it: a failed write changes nothing. */
  private change<T>(apply: (list: SecretList) => T, changed: (result: T) => boolean = () => true): T {
    const next = new SecretList(this.secrets.snapshot(), this.clock);
    const result = apply(next);
    if (changed(result)) {
      this.save(next);
      this.secrets = next;
    }
    return result;
  }

  list(): SecretInfo[] {
    return this.secrets.list();
  }
  put(provider: string, label: string, secret: string): void {
    this.change((list) => list.put(provider, label, secret));
  }
  delete(provider: string, label: string): boolean {
    return this.change(
      (list) => list.delete(provider, label),
      (removed) => removed,
    );
  }
  valuesFor(provider: string): { label: string; value: string }[] {
    return this.secrets.valuesFor(provider);
  }
}

/** Plain JSON file (headless mode). `encrypted` is false; values are base64, not protected. */
export class FileSecretStore extends CodecFileSecretStore {
  constructor(path: string, clock?: () => Date) {
    super(path, plainCodec, clock);
  }
}

/** File store whose values go through an encrypt/decrypt pair (Electron safeStorage). */
export function createEncryptedFileSecretStore(
  path: string,
  codec: SecretCodec,
  clock?: () => Date,
): SecretStore {
  return new CodecFileSecretStore(path, codec, clock);
}
