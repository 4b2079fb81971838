// The replay operations end to end on a real store and real sockets: edit-and-replay with re-sign
// arrives at a handler and verifies there, the unsigned edit does not, the result is a new capture
// linked to its original; HAR import → export gives the same bytes; rules and forward settings are
// validated and persisted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReplayConfigStore, type DerivedCapture } from '../../src-main/core/replay';
import { MemorySecretStore } from '../../src-main/core/secrets';
import { replayOperations } from '../../src-main/core/service/replay-operations';
import { defaultSettings } from '../../src-main/core/settings/settings-store';
import { analyseSignature } from '../../src-main/core/signatures';
import { CaptureStore } from '../../src-main/core/store/capture-store';
import { InspectorError } from '@shared/errors';
import type { CaptureOrigin } from '@shared/replay-types';
import { recordingServer, type RecordingServer } from '../unit/replay/helpers';

const META_SECRET = 'meta-app-secret';
let dir: string;
let store: CaptureStore;
let handler: RecordingServer;
let origins: Map<number, CaptureOrigin>;
let ops: ReturnType<typeof replayOperations>;
let secrets: MemorySecretStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hookscope-replay-'));
  store = new CaptureStore(dir);
  handler = await recordingServer();
  origins = new Map();
  secrets = new MemorySecretStore();
  secrets.put('meta', 'app secret', META_SECRET);
  ops = replayOperations({
    config: new ReplayConfigStore(dir),
    getCapture: (id) => store.get(id),
    allCaptureIds: () => store.allIds(),
    captureCount: () => store.size().count,
    startExportJob: () => {
      throw new Error('file exports are tested in export-file.test.ts');
    },
    storeDerived: async (draft: DerivedCapture) => {
      const id = await store.insert(draft.capture);
      origins.set(id, draft.origin);
      return id;
    },
    secrets,
    settings: () => defaultSettings,
    receiverUrl: () => 'http://127.0.0.1:8787',
    publicUrl: () => null,
    version: '0.0.0-test',
  });
});

afterEach(async () => {
  await handler.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const metaBody = Buffer.from(
  '{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{"messages":[{"id":"wamid.1","type":"text","text":{"body":"hi"}}]},"field":"messages"}]}]}',
);

async function storeMetaCapture(): Promise<number> {
  const { createHmac } = await import('node:crypto');
  const signature = `sha256=${createHmac('sha256', META_SECRET).update(metaBody).digest('hex')}`;
  return store.insert({
    receivedAtUs: 1_750_000_000_000_000,
    method: 'POST',
    path: '/webhooks/whatsapp',
    httpVersion: '1.1',
    remoteAddress: '31.13.0.1:4000',
    headers: [
      ['Host', 'abc.ngrok.app'],
      ['User-Agent', 'facebookexternalua'],
      ['Content-Type', 'application/json'],
      ['X-Hub-Signature-256', signature],
      ['Content-Length', String(metaBody.length)],
    ],
    body: metaBody,
    bodySize: metaBody.length,
    bodyTruncated: false,
    contentType: 'application/json',
    status: 200,
    responseHeaders: [['Content-Type', 'application/json']],
    responseBody: Buffer.from('{"ok":true}'),
    kind: 'request',
    note: null,
  });
}

function verifyArrival(arrival: {
  method: string;
  url: string;
  rawHeaders: [string, string][];
  body: Buffer;
}) {
  return analyseSignature(
    {
      method: arrival.method,
      url: `${handler.url}${arrival.url}`,
      path: arrival.url,
      headers: arrival.rawHeaders,
      body: arrival.body,
      receivedAtUnix: Date.now() / 1000,
    },
    (p) => secrets.valuesFor(p),
  );
}

describe('replayCapture', () => {
  it('replays as received: the stored signature still verifies at the handler', async () => {
    const id = await storeMetaCapture();
    const arrived = handler.nextArrival();
    const result = await ops.replayCapture({ id, targetUrl: `${handler.url}/hook` });
    const arrival = await arrived;
    expect(arrival.body.equals(metaBody)).toBe(true);
    expect(verifyArrival(arrival).verdict).toBe('pass');
    expect(result.outcome.response?.status).toBe(202);
    expect(result.resigned).toBeNull();
  });

  it('edit + re-sign verifies at the handler; the same edit unsigned fails; each is a new linked capture', async () => {
    const id = await storeMetaCapture();
    const edited = Buffer.from(metaBody.toString().replace('"hi"', '"hi, edited"'));
    const edits = { bodyBase64: edited.toString('base64'), path: '/webhooks/whatsapp?edited=1' };

    const unsignedArrival = handler.nextArrival();
    const unsigned = await ops.replayCapture({ id, targetUrl: handler.url, pathMode: 'append', edits });
    expect(verifyArrival(await unsignedArrival).verdict).toBe('fail');
    expect(unsigned.warnings.join(' ')).toMatch(/without re-signing/);

    const resignedArrival = handler.nextArrival();
    const resigned = await ops.replayCapture({
      id,
      targetUrl: handler.url,
      pathMode: 'append',
      edits,
      resign: true,
    });
    const arrival = await resignedArrival;
    expect(arrival.url).toBe('/webhooks/whatsapp?edited=1');
    expect(arrival.body.equals(edited)).toBe(true);
    expect(verifyArrival(arrival)).toMatchObject({ verdict: 'pass', matchedSecret: 'app secret' });
    expect(resigned.resigned).toMatchObject({
      provider: 'meta',
      secretLabel: 'app secret',
      headersSet: ['X-Hub-Signature-256'],
    });

    const row = store.get(resigned.captureId)!;
    expect(row.body.equals(edited)).toBe(true);
    expect(row.status).toBe(202);
    expect(row.responseBody.toString()).toBe('accepted by handler');
    expect(row.note).toMatch(
      new RegExp(`^Replay of #${id} \\(re-signed\\) to ${handler.url}/webhooks/whatsapp\\?edited=1: 202`),
    );
    expect(origins.get(resigned.captureId)).toEqual({
      kind: 'replay',
      replayOf: id,
      targetUrl: `${handler.url}/webhooks/whatsapp?edited=1`,
      resigned: true,
    });
    expect(origins.get(unsigned.captureId)).toMatchObject({ kind: 'replay', replayOf: id, resigned: false });
  });

  it('uses the matching forward target when no URL is given, and stores a failed replay with status 0', async () => {
    const id = await storeMetaCapture();
    ops.setForwardSettings({
      paused: true,
      targets: [
        {
          id: 'wa',
          url: `${handler.url}/local`,
          enabled: true,
          match: { provider: 'meta' },
          pathMode: 'replace',
        },
      ],
    });
    const arrived = handler.nextArrival();
    const result = await ops.replayCapture({ id });
    expect((await arrived).url).toBe('/local');
    expect(result.sent.url).toBe(`${handler.url}/local`);

    const down = await ops.replayCapture({ id, targetUrl: 'http://127.0.0.1:1/' });
    expect(down.outcome.error?.code).toBe('connection_refused');
    expect(store.get(down.captureId)).toMatchObject({
      status: 0,
      note: expect.stringMatching(/connection_refused/),
    });
  });

  it('refuses unknown captures, missing targets and providers it cannot sign for', async () => {
    await expect(ops.replayCapture({ id: 999 })).rejects.toMatchObject({ code: 'not_found' });
    const id = await storeMetaCapture();
    await expect(ops.replayCapture({ id })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/No forward target/),
    });
    await expect(
      ops.replayCapture({ id, targetUrl: handler.url, resign: true, provider: 'discord' }),
    ).rejects.toBeInstanceOf(InspectorError);
  });
});

describe('importHar → exportCaptures', () => {
  it('gives back the same bytes', async () => {
    const binary = Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 0x0a]);
    const har = JSON.stringify({
      log: {
        version: '1.2',
        entries: [
          {
            startedDateTime: '2026-05-25T10:00:00.000Z',
            request: {
              method: 'POST',
              url: 'https://x.test/bin?q=1',
              headers: [{ name: 'Content-Type', value: 'application/octet-stream' }],
              postData: {
                mimeType: 'application/octet-stream',
                text: binary.toString('base64'),
                encoding: 'base64',
              },
              bodySize: binary.length,
            },
            response: { status: 200, headers: [], content: { size: 0, mimeType: '' } },
          },
          {
            startedDateTime: '2026-05-25T10:00:01.000Z',
            request: {
              method: 'POST',
              url: 'https://x.test/text',
              headers: [],
              postData: { mimeType: 'application/json', text: '{"é":"ü"}' },
            },
            response: { status: 500, headers: [], content: { size: 0, mimeType: '' } },
          },
        ],
      },
    });
    const imported = await ops.importHar({ har });
    expect(imported.warnings).toEqual([]);
    expect(imported.ids).toHaveLength(2);
    expect(origins.get(imported.ids[0]!)).toMatchObject({ kind: 'imported', bodyExact: true });

    const exported = ops.exportCaptures({ ids: imported.ids, format: 'har' });
    expect(exported).toMatchObject({ format: 'har', count: 2, mimeType: 'application/json' });
    const again = await ops.importHar({ har: exported.text });
    const bodies = again.ids.map((i) => store.get(i)!.body);
    expect(bodies[0]!.equals(binary)).toBe(true);
    expect(bodies[1]!.toString('utf8')).toBe('{"é":"ü"}');
    expect(again.ids.map((i) => store.get(i)!.path)).toEqual(['/bin?q=1', '/text']);
  });

  it('exports everything when no ids are given, and reports missing ids', async () => {
    await storeMetaCapture();
    await storeMetaCapture();
    expect(ops.exportCaptures({ format: 'json' }).count).toBe(2);
    expect(ops.exportCaptures({ ids: [1, 42], format: 'curl' }).warnings.join(' ')).toMatch(/#42/);
    await expect(ops.importHar({ har: '{"nope":1}' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('settings operations', () => {
  it('validates and persists response rules and forward targets', () => {
    expect(() => ops.setResponseRules({ rules: [{ id: 'x', status: 200, delayMs: 61_000 }] })).toThrow(
      /delayMs/,
    );
    const saved = ops.setResponseRules({
      rules: [{ id: 'meta-500', status: 500, match: { provider: 'meta' } }],
    });
    expect(saved.rules[0]).toMatchObject({ id: 'meta-500', enabled: true, delayMs: 0, drop: false });
    expect(new ReplayConfigStore(dir).responseRules()).toEqual(saved.rules);

    expect(() =>
      ops.setForwardSettings({
        paused: false,
        targets: [
          { id: 'a', url: 'http://x.test', enabled: true, match: {}, pathMode: 'append' },
          { id: 'a', url: 'http://y.test', enabled: true, match: {}, pathMode: 'append' },
        ],
      }),
    ).toThrow(/used twice/);
    ops.setForwardSettings({ paused: true, targets: [] });
    expect(new ReplayConfigStore(dir).forward()).toEqual({ paused: true, targets: [] });
  });

  it('composes and sends a signed test event that verifies at the handler', async () => {
    const arrived = handler.nextArrival();
    const sent = await ops.sendTestEvent({ template: 'whatsapp-status-failed', baseUrl: handler.url });
    const arrival = await arrived;
    expect(arrival.url).toBe('/webhooks/whatsapp');
    expect(verifyArrival(arrival).verdict).toBe('pass');
    expect(sent.outcome.response?.status).toBe(202);
    expect(sent.composed.curl).toMatch(/^curl --globoff/);
  });
});
