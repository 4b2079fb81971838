// SecretStore implementations: listing never exposes values, rotation order, atomic 0600 files,
// and an encrypt/decrypt codec for the Electron safeStorage wrapper.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FileSecretStore,
  MemorySecretStore,
  createEncryptedFileSecretStore,
  maskSecret,
} from '../../../src-main/core/secrets';

const clock = () => new Date('2026-05-25T10:00:00.000Z');
const SECRET = 'whsec_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

describe('maskSecret', () => {
  it('shows a recognisable hint, never the value', () => {
    expect(maskSecret(SECRET)).toBe(`whs…a0 (${SECRET.length} chars)`);
    expect(maskSecret('short-one')).toBe('•••• (9 chars)');
  });
});

describe('MemorySecretStore', () => {
  it('lists hints, keeps insertion order for rotation, replaces by label, deletes', () => {
    const store = new MemorySecretStore(clock);
    store.put('stripe', 'Dashboard', SECRET);
    store.put('stripe', 'CLI', 'whsec_cli_0000000000000000000000');
    store.put('meta', 'app', 'meta-app-secret-000000000');
    expect(store.valuesFor('stripe').map((s) => s.label)).toEqual(['Dashboard', 'CLI']);
    store.put('stripe', 'Dashboard', 'whsec_rotated_111111111111111111');
    expect(store.valuesFor('stripe')).toEqual([
      { label: 'Dashboard', value: 'whsec_rotated_111111111111111111' },
      { label: 'CLI', value: 'whsec_cli_0000000000000000000000' },
    ]);
    const listed = JSON.stringify(store.list());
    expect(listed).not.toContain('whsec_rotated_111111111111111111');
    expect(store.list()[0]).toEqual({
      provider: 'stripe',
      label: 'Dashboard',
      hint: 'whs…11 (32 chars)',
      createdAt: '2026-05-25T10:00:00.000Z',
    });
    expect(store.delete('stripe', 'CLI')).toBe(true);
    expect(store.delete('stripe', 'CLI')).toBe(false);
    expect(store.valuesFor('stripe')).toHaveLength(1);
    expect(store.encrypted).toBe(false);
  });

  it('rejects invalid input', () => {
    const store = new MemorySecretStore();
    expect(() => store.put('Bad Id', 'x', 'y')).toThrow();
    expect(() => store.put('meta', ' ', 'y')).toThrow();
    expect(() => store.put('meta', 'x', '')).toThrow();
  });
});

describe('FileSecretStore', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hookscope-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('persists to a 0600 JSON file marked unencrypted, atomically (no temp files left)', () => {
    const path = join(dir, 'secrets.json');
    const store = new FileSecretStore(path, clock);
    store.put('meta', 'app', SECRET);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { encrypted: boolean; secrets: unknown[] };
    expect(file.encrypted).toBe(false);
    expect(store.encrypted).toBe(false);
    expect(readdirSync(dir)).toEqual(['secrets.json']);

    const reopened = new FileSecretStore(path);
    expect(reopened.valuesFor('meta')).toEqual([{ label: 'app', value: SECRET }]);
    expect(reopened.list()[0]?.createdAt).toBe('2026-05-25T10:00:00.000Z');
  });

  it('tightens the mode of an existing file on load', () => {
    const path = join(dir, 'secrets.json');
    writeFileSync(path, JSON.stringify({ version: 1, encrypted: false, secrets: [] }), { mode: 0o644 });
    new FileSecretStore(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('wraps an encrypt/decrypt pair (safeStorage) and never writes the plaintext', () => {
    const path = join(dir, 'secrets.enc.json');
    const codec = {
      encrypt: (s: string) => Buffer.from([...Buffer.from(s, 'utf8')].map((b) => b ^ 0x5a)),
      decrypt: (b: Buffer) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString('utf8'),
      isReal: true,
    };
    const store = createEncryptedFileSecretStore(path, codec, clock);
    store.put('slack', 'signing', SECRET);
    const raw = readFileSync(path, 'utf8');
    expect(raw).not.toContain(SECRET);
    expect(raw).not.toContain(Buffer.from(SECRET).toString('base64'));
    expect(JSON.parse(raw).encrypted).toBe(true);
    expect(store.encrypted).toBe(true);
    expect(createEncryptedFileSecretStore(path, codec).valuesFor('slack')).toEqual([
      { label: 'signing', value: SECRET },
    ]);
  });
});
