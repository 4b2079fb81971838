// Configuration files under stress: a failed write (disk full) changes nothing and leaves no
// temporary file; a damaged settings.json or replay.json is moved aside and reported; a damaged
// secrets file or database refuses to start with a message that names the file and the way out;
// the data directory and its files are private to the user.
import fs, { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../src-main/core/log/logger';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

const cores: TestCore[] = [];
const dirs: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of cores.splice(0)) await c.dispose();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookscope-config-'));
  dirs.push(dir);
  return dir;
}

async function core(dataDir = tempDir(), logger?: Logger): Promise<TestCore> {
  const c = await startTestCore({ dataDir, ...(logger ? { logger } : {}) });
  cores.push(c);
  return c;
}

/** The next writes of a JSON file fail as on a full disk (after the temporary file was created). */
function diskFull(): void {
  const real = fs.writeSync.bind(fs) as (...args: unknown[]) => number;
  vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, ...rest: unknown[]) => {
    const path = fs.readlinkSync(`/proc/self/fd/${fd}`);
    if (path.endsWith('.json') || /\.json\.\d+/.test(path)) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    return real(fd, ...rest);
  }) as typeof fs.writeSync);
}

const leftovers = (dir: string) => readdirSync(dir).filter((f) => /tmp|\.json\.\d/.test(f));

describe('failed writes change nothing', () => {
  it('updateSettings on a full disk: clear error, settings unchanged in memory and on disk, no .tmp', async () => {
    const c = await core();
    await c.service.call('updateSettings', { metaVerifyToken: 'before' });
    diskFull();
    const attempt = c.service.call('updateSettings', { metaVerifyToken: 'after' });
    await expect(attempt).rejects.toMatchObject({ code: 'unavailable' });
    await expect(attempt).rejects.toThrow(
      /settings\.json: the disk is full \(ENOSPC\)\. Nothing was changed/,
    );
    vi.restoreAllMocks();
    expect((await c.service.call('getSettings', {})).metaVerifyToken).toBe('before');
    expect(JSON.parse(readFileSync(join(c.dataDir, 'settings.json'), 'utf8')).metaVerifyToken).toBe('before');
    expect(leftovers(c.dataDir)).toEqual([]);
  });

  it('putSecret on a full disk: the secret is not kept, no .tmp', async () => {
    const c = await core();
    diskFull();
    await expect(
      c.service.call('putSecret', { provider: 'stripe', label: 'default', secret: 'whsec_abcdefgh12345678' }),
    ).rejects.toThrow(/secrets\.json: the disk is full/);
    vi.restoreAllMocks();
    expect(await c.service.call('listSecrets', {})).toEqual([]);
    expect(leftovers(c.dataDir)).toEqual([]);
  });

  it('setForwardSettings on a full disk: targets unchanged, no .tmp', async () => {
    const c = await core();
    diskFull();
    await expect(
      c.service.call('setForwardSettings', {
        paused: false,
        targets: [{ id: 't1', url: 'http://127.0.0.1:9/x', enabled: true }],
      }),
    ).rejects.toThrow(/replay\.json: the disk is full/);
    vi.restoreAllMocks();
    expect((await c.service.call('getForwardSettings', {})).targets).toEqual([]);
    expect(leftovers(c.dataDir)).toEqual([]);
  });
});

describe('damaged configuration', () => {
  for (const file of ['settings.json', 'replay.json']) {
    it(`moves a corrupt ${file} aside, starts with defaults, logs it and reports it in getStatus`, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, file), '{"forward": {"paused": fal');
      const warnings: string[] = [];
      const c = await core(dir, { info() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) });
      const aside = readdirSync(dir).filter((f) => f.startsWith(`${file}.corrupt-`));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe('{"forward": {"paused": fal');
      const status = await c.service.call('getStatus', {});
      expect(status.startupNotices).toHaveLength(1);
      expect(status.startupNotices[0]).toContain(join(dir, file));
      expect(status.startupNotices[0]).toContain(join(dir, aside[0]!));
      expect(warnings).toEqual(status.startupNotices);
      // Still usable: a capture is stored and acknowledged.
      expect((await fetch(c.receiverUrl + '/after', { method: 'POST', body: 'x' })).status).toBe(200);
    });
  }

  it('keeps the valid settings and names the invalid ones', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ metaVerifyToken: 'keep-me', retentionMaxCaptures: -5, receiverMaxBodyBytes: 'big' }),
    );
    const c = await core(dir);
    const settings = await c.service.call('getSettings', {});
    expect(settings.metaVerifyToken).toBe('keep-me');
    expect(settings.retentionMaxCaptures).toBe(100_000);
    const { startupNotices } = await c.service.call('getStatus', {});
    expect(startupNotices[0]).toMatch(/invalid values for retentionMaxCaptures, receiverMaxBodyBytes/);
  });

  it('refuses to start on a damaged secrets.json, naming the file and the way out', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secrets.json'), '{"version":1,"secrets":[{"prov');
    const start = startTestCore({ dataDir: dir });
    await expect(start).rejects.toThrow(join(dir, 'secrets.json'));
    await expect(start).rejects.toThrow(/damaged.*Restore it from a backup.*move it aside.*--data-dir/);
    // Nothing was overwritten, and the data dir is free for the next attempt.
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).toBe('{"version":1,"secrets":[{"prov');
    rmSync(join(dir, 'secrets.json'));
    await core(dir);
  });

  it('refuses to start on a damaged database, naming the file and the way out', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'captures.sqlite'), Buffer.alloc(8192, 'garbage!'));
    const start = startTestCore({ dataDir: dir });
    await expect(start).rejects.toThrow(join(dir, 'captures.sqlite'));
    await expect(start).rejects.toThrow(/is damaged.*backup.*move it aside.*--data-dir/);
  });
});

describe('permissions', () => {
  it('creates the data dir 0700 and the database, settings, replay and secrets files 0600', async () => {
    const dir = join(tempDir(), 'fresh');
    const c = await core(dir);
    await c.service.call('updateSettings', { metaVerifyToken: 'token' });
    await c.service.call('setForwardSettings', { paused: true, targets: [] });
    await c.service.call('putSecret', {
      provider: 'stripe',
      label: 'default',
      secret: 'whsec_abcdefgh12345678',
    });
    expect((await fetch(c.receiverUrl + '/p', { method: 'POST', body: 'x' })).status).toBe(200);
    const mode = (f: string) => (statSync(join(dir, f)).mode & 0o777).toString(8);
    expect(mode('.')).toBe('700');
    for (const f of [
      'captures.sqlite',
      'captures.sqlite-wal',
      'settings.json',
      'replay.json',
      'secrets.json',
    ])
      expect([f, mode(f)]).toEqual([f, '600']);
  });

  it('tightens settings.json written readable by others before', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '{"metaVerifyToken":"t"}', { mode: 0o644 });
    await core(dir);
    expect((statSync(join(dir, 'settings.json')).mode & 0o777).toString(8)).toBe('600');
  });
});
