// Secrets in a JSON file, written atomically (temp file + rename) with mode 0600. The codec decides
// whether values are encrypted: the Electron shell passes safeStorage's encrypt/decrypt; headless
// mode uses the identity codec and the file says `"encrypted": false` so the UI can label it.
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SecretInfo } from '../../shared/signature-types';
import { SecretList, type SecretStore, type StoredSecret } from './secret-store';

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

function writeAtomically(path: string, data: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  // Created 0600 from the start: the secret is never readable by others, not even briefly.
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (err) {
    unlinkSync(tmp);
    throw err;
  }
  chmodSync(path, 0o600);
}

class CodecFileSecretStore implements SecretStore {
  readonly encrypted: boolean;
  private readonly secrets: SecretList;

  constructor(
    private readonly path: string,
    private readonly codec: SecretCodec,
    clock?: () => Date,
  ) {
    this.encrypted = codec.isReal;
    this.secrets = new SecretList(this.load(), clock);
  }

  private load(): StoredSecret[] {
    if (!existsSync(this.path)) return [];
    const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<FileShape>;
    if (parsed.version !== 1 || !Array.isArray(parsed.secrets))
      throw new Error(`unrecognised secrets file ${this.path}`);
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

  private save(): void {
    const shape: FileShape = {
      version: 1,
      encrypted: this.codec.isReal,
      secrets: this.secrets.snapshot().map((s) => ({
        provider: s.provider,
        label: s.label,
        createdAt: s.createdAt,
        value: this.codec.encrypt(s.value).toString('base64'),
      })),
    };
    writeAtomically(this.path, `${JSON.stringify(shape, null, 2)}\n`);
  }

  list(): SecretInfo[] {
    return this.secrets.list();
  }
  put(provider: string, label: string, secret: string): void {
    this.secrets.put(provider, label, secret);
    this.save();
  }
  delete(provider: string, label: string): boolean {
    const removed = this.secrets.delete(provider, label);
    if (removed) this.save();
    return removed;
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
