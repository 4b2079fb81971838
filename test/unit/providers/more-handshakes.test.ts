// URL checks the receiver answers by itself for the newer providers: Dropbox's and Nylas's GET challenges, Xero's
// intent to receive (200 for a good signature, 401 for a bad one) and Twitch's
// webhook_callback_verification (challenge echoed once the signature checks out). The Signature tab
// shows each as a handshake with what the provider expects.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { answerReceiverHandshake } from '../../../src-main/core/providers/receiver-handshake';
import { analyseSignature } from '../../../src-main/core/signatures';

const NOW = 1_750_000_000;
const answer = (
  method: string,
  path: string,
  headers: [string, string][],
  body: Buffer,
  secrets: Record<string, string[]> = {},
) =>
  answerReceiverHandshake(
    { method, path, headers, body },
    () => null,
    (p) => secrets[p] ?? [],
  );
const analyse = (
  method: string,
  path: string,
  headers: [string, string][],
  body: Buffer,
  secrets: Record<string, string[]>,
) =>
  analyseSignature(
    {
      method,
      url: `https://hooks.example.test${path}`,
      path,
      headers,
      body,
      receivedAtUnix: NOW,
      nowUnix: NOW,
    },
    (p) => (secrets[p] ?? []).map((value, i) => ({ label: `#${i + 1}`, value })),
  );

describe('Dropbox and Nylas challenges (the same GET ?challenge=, told apart by the request)', () => {
  // Dropbox's requests carry this User-Agent (seen on its challenge and its notifications alike).
  const DROPBOX_UA: [string, string] = ['User-Agent', 'DropboxWebhooks/1.0'];

  it('answers a Dropbox challenge as Dropbox: echoed as text/plain, nosniff, labelled Dropbox', () => {
    expect(answer('GET', '/webhooks/dropbox?challenge=abc123', [DROPBOX_UA], Buffer.alloc(0))).toMatchObject({
      provider: 'dropbox',
      status: 200,
      body: 'abc123',
      contentType: 'text/plain; charset=utf-8',
      headers: [['X-Content-Type-Options', 'nosniff']],
      note: expect.stringContaining('Dropbox') as unknown,
    });
    const r = analyse('GET', '/webhooks/dropbox?challenge=abc123', [DROPBOX_UA], Buffer.alloc(0), {});
    expect(r).toMatchObject({ provider: 'dropbox', verdict: 'handshake' });
    expect(r.handshake).toMatchObject({
      kind: 'dropbox-challenge',
      expectedResponse: { status: 200, body: 'abc123' },
    });
  });

  it('answers a Nylas challenge as Nylas, not Dropbox', () => {
    const headers: [string, string][] = [['User-Agent', 'Go-http-client/2.0']];
    expect(answer('GET', '/webhooks/nylas?challenge=bc609b38', headers, Buffer.alloc(0))).toMatchObject({
      provider: 'nylas',
      status: 200,
      body: 'bc609b38',
      note: expect.stringContaining('Nylas') as unknown,
    });
    const r = analyse('GET', '/webhooks/nylas?challenge=bc609b38', headers, Buffer.alloc(0), {});
    expect(r).toMatchObject({ provider: 'nylas', verdict: 'handshake' });
    expect(r.handshake).toMatchObject({
      kind: 'nylas-challenge',
      expectedResponse: { status: 200, body: 'bc609b38' },
    });
  });

  it('leaves other GETs and Meta challenges alone', () => {
    expect(answer('GET', '/webhooks/dropbox?x=1', [DROPBOX_UA], Buffer.alloc(0))).toBeNull();
    expect(
      answer('GET', '/?hub.mode=subscribe&hub.challenge=1&challenge=2', [DROPBOX_UA], Buffer.alloc(0))
        ?.provider,
    ).toBe('meta');
  });
});

describe('Xero intent to receive', () => {
  const key = 'xero-webhooks-key';
  const body = Buffer.from(
    '{"events":[],"firstEventSequence":0,"lastEventSequence":0,"entropy":"S0MEENTR0PY"}',
  );
  const good = createHmac('sha256', key).update(body).digest('base64');
  const bad = createHmac('sha256', 'another-key').update(body).digest('base64');

  it('answers 200 to a correctly signed request and 401 to a deliberately mis-signed one', () => {
    expect(answer('POST', '/xero', [['x-xero-signature', good]], body, { xero: [key] })).toMatchObject({
      provider: 'xero',
      status: 200,
      body: '',
    });
    expect(answer('POST', '/xero', [['x-xero-signature', bad]], body, { xero: [key] })).toMatchObject({
      provider: 'xero',
      status: 401,
    });
  });

  it('answers 401 and says why when no key is stored', () => {
    expect(answer('POST', '/xero', [['x-xero-signature', good]], body)).toMatchObject({
      status: 401,
      note: expect.stringContaining('no webhooks key stored') as unknown,
    });
  });

  it('leaves real deliveries (with events) to the default answer', () => {
    const delivery = Buffer.from(
      '{"events":[{"eventCategory":"INVOICE"}],"firstEventSequence":1,"lastEventSequence":1}',
    );
    expect(answer('POST', '/xero', [['x-xero-signature', good]], delivery, { xero: [key] })).toBeNull();
  });

  it('a signed one is a handshake; a mis-signed one fails (like any delivery) and states the 401 Xero expects', () => {
    const ok = analyse('POST', '/xero', [['x-xero-signature', good]], body, { xero: [key] });
    expect(ok).toMatchObject({ provider: 'xero', verdict: 'handshake' });
    expect(ok.handshake).toMatchObject({ kind: 'xero-intent-to-receive', expectedResponse: { status: 200 } });
    const probe = analyse('POST', '/xero', [['x-xero-signature', bad]], body, { xero: [key] });
    expect(probe.verdict).toBe('fail');
    expect(probe.handshake?.signatureVerdict).toBe('fail');
    expect(probe.handshake?.expectedResponse?.status).toBe(401);
  });
});

describe('Twitch webhook_callback_verification', () => {
  const secret = 'twitch-eventsub-secret';
  const body = Buffer.from(
    JSON.stringify({
      challenge: 'pogchamp-kappa-360noscope-vohiyo',
      subscription: { id: 'f1c2a387-161a-49f9-a165-0f21d7a4e1c4', type: 'channel.follow', version: '2' },
    }),
  );
  const id = 'e76c6bd4-55c9-4987-8304-da1588d8988b';
  const ts = '2025-06-15T15:06:40.123456789Z';
  const headers = (key: string): [string, string][] => [
    ['Twitch-Eventsub-Message-Id', id],
    ['Twitch-Eventsub-Message-Type', 'webhook_callback_verification'],
    ['Twitch-Eventsub-Message-Timestamp', ts],
    [
      'Twitch-Eventsub-Message-Signature',
      `sha256=${createHmac('sha256', key)
        .update(id + ts)
        .update(body)
        .digest('hex')}`,
    ],
  ];

  it('echoes the challenge when the signature matches the stored secret', () => {
    expect(answer('POST', '/twitch', headers(secret), body, { twitch: [secret] })).toMatchObject({
      provider: 'twitch',
      status: 200,
      body: 'pogchamp-kappa-360noscope-vohiyo',
      contentType: 'text/plain; charset=utf-8',
    });
  });

  it('refuses a forged verification with 403, and echoes unchecked when no secret is stored', () => {
    expect(answer('POST', '/twitch', headers('forged'), body, { twitch: [secret] })).toMatchObject({
      status: 403,
    });
    expect(answer('POST', '/twitch', headers('forged'), body)).toMatchObject({
      status: 200,
      note: expect.stringContaining('not checked') as unknown,
    });
  });

  it('is reported as a Twitch handshake', () => {
    const r = analyse('POST', '/twitch', headers(secret), body, { twitch: [secret] });
    expect(r).toMatchObject({ provider: 'twitch', verdict: 'handshake' });
    expect(r.handshake).toMatchObject({
      kind: 'twitch-verification',
      expectedResponse: { body: 'pogchamp-kappa-360noscope-vohiyo' },
    });
  });
});

describe('Okta one-time verification', () => {
  const headers: [string, string][] = [
    ['X-Okta-Verification-Challenge', 'WCw2UUvNbTGVhCKHWF2NECHkvhDJrFEsyNMvjDxV'],
    ['Authorization', 'okta-event-hook-secret'],
  ];
  it('answers {"verification": challenge} and says whether the authentication value matched', () => {
    expect(
      answer('GET', '/okta', headers, Buffer.alloc(0), { okta: ['okta-event-hook-secret'] }),
    ).toMatchObject({
      provider: 'okta',
      status: 200,
      body: '{"verification":"WCw2UUvNbTGVhCKHWF2NECHkvhDJrFEsyNMvjDxV"}',
      contentType: 'application/json',
      note: expect.stringContaining('matches the stored one') as unknown,
    });
    expect(answer('GET', '/okta', headers, Buffer.alloc(0), { okta: ['other'] })?.note).toMatch(
      /does NOT match/,
    );
  });
  it('is reported as an Okta handshake', () => {
    const r = analyse('GET', '/okta', headers, Buffer.alloc(0), { okta: ['okta-event-hook-secret'] });
    expect(r).toMatchObject({ provider: 'okta', verdict: 'handshake' });
    expect(r.handshake?.kind).toBe('okta-verification');
  });
});
