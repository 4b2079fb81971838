// Conversations cover all of history: threads come from the server's thread index, paged, with a
// search over contacts and text; messages whose signature failed are marked in the thread.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../helpers/in-process-core';
import { whatsappWebhook } from '../helpers/whatsapp-webhook';

let core: TestCore;
beforeAll(async () => {
  core = await startTestCore();
  await core.service.call('putSecret', { provider: 'meta', label: 'app secret', secret: 'app-secret' });
});
afterAll(() => core.dispose());

const sign = (body: string, secret = 'app-secret') =>
  'sha256=' + createHmac('sha256', secret).update(body).digest('hex');

function inbound(waId: string, name: string, text: string, id: string): string {
  return whatsappWebhook({
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550001111', phone_number_id: '106540352242922' },
    contacts: [{ profile: { name }, wa_id: waId }],
    messages: [{ from: waId, id, timestamp: '1747231892', type: 'text', text: { body: text } }],
  });
}

/** Posts the bodies (a few at a time) and resolves once every one of them has been analysed. */
async function deliver(bodies: { body: string; signature: string }[]): Promise<void> {
  const analysed = new Set<number>();
  const ids = new Set<number>();
  let resolveAll!: () => void;
  const done = new Promise<void>((resolve) => (resolveAll = resolve));
  const check = () => {
    if (ids.size === bodies.length && [...ids].every((id) => analysed.has(id))) resolveAll();
  };
  const offAdded = core.service.on('capture.added', (c) => {
    ids.add(c.id);
    check();
  });
  const offUpdated = core.service.on('capture.updated', (c) => {
    if (c.verdict !== null) analysed.add(c.id);
    check();
  });
  const queue = [...bodies];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const res = await fetch(`${core.receiverUrl}/whatsapp`, {
          method: 'POST',
          body: next.body,
          headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': next.signature },
        });
        await res.arrayBuffer();
      }
    }),
  );
  await done;
  offAdded();
  offUpdated();
}

describe('conversations from the server', () => {
  it('an old thread is still listed and searchable after 2,100 newer captures', async () => {
    // Meta escapes non-ASCII; the thread is found by the name as the user reads it.
    const first = inbound(
      '4915112345678',
      'Jürgen Müller',
      'Guten Tag, ist das Paket unterwegs?',
      'wamid.OLD1',
    );
    const forged = inbound('4915112345678', 'Jürgen Müller', 'Bitte an eine andere Adresse', 'wamid.OLD2');
    await deliver([
      { body: first, signature: sign(first) },
      { body: forged, signature: sign(forged, 'not-the-secret') },
    ]);
    const burst = Array.from({ length: 2_100 }, (_, i) => {
      const body = inbound(
        `5491100${String(i % 300).padStart(4, '0')}`,
        `Contact ${i % 300}`,
        `message ${i}`,
        `wamid.B${i}`,
      );
      return { body, signature: sign(body) };
    });
    await deliver(burst);

    // Paging through every thread reaches the oldest one.
    const keys: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await core.service.call('listConversations', { cursor, limit: 100 });
      keys.push(...page.conversations.map((c) => c.key));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(keys).toHaveLength(301);
    expect(new Set(keys).size).toBe(301);
    expect(keys.at(-1)).toBe('whatsapp:4915112345678');

    const byName = await core.service.call('listConversations', { query: 'Müller' });
    expect(byName.conversations).toHaveLength(1);
    expect(byName.conversations[0]).toMatchObject({
      key: 'whatsapp:4915112345678',
      contact: '+4915112345678',
      contactName: 'Jürgen Müller',
      lastText: 'Bitte an eine andere Adresse',
      captureCount: 2,
      failedSignatures: 1,
    });
    expect((await core.service.call('listConversations', { query: '4915112' })).conversations).toHaveLength(
      1,
    );
    expect(
      (await core.service.call('listConversations', { query: 'Paket unterwegs' })).conversations,
    ).toHaveLength(1);
    expect(
      (await core.service.call('listConversations', { query: 'nobody-says-this' })).conversations,
    ).toEqual([]);
    // LIKE wildcards in the query are literal.
    expect((await core.service.call('listConversations', { query: '%' })).conversations).toEqual([]);

    const thread = await core.service.call('getConversation', { key: 'whatsapp:4915112345678' });
    const items = thread.conversation!.items;
    expect(items.map((item) => item.card?.summary)).toEqual([
      'Guten Tag, ist das Paket unterwegs?',
      'Bitte an eine andere Adresse',
    ]);
    expect(items.map((item) => item.card?.signatureFailed)).toEqual([false, true]);
  });

  it('pages one long thread by capture, newest first', async () => {
    const bodies = Array.from({ length: 5 }, (_, i) => {
      const body = inbound('447700900456', 'Ana', `line ${i}`, `wamid.PAGE${i}`);
      return { body, signature: sign(body) };
    });
    for (const b of bodies) await deliver([b]);
    const newest = await core.service.call('getConversation', { key: 'whatsapp:447700900456', limit: 2 });
    expect(newest.conversation!.items.map((i) => i.card?.summary)).toEqual(['line 3', 'line 4']);
    expect(newest.olderCursor).not.toBeNull();
    const older = await core.service.call('getConversation', {
      key: 'whatsapp:447700900456',
      limit: 2,
      before: newest.olderCursor!,
    });
    expect(older.conversation!.items.map((i) => i.card?.summary)).toEqual(['line 1', 'line 2']);
    const oldest = await core.service.call('getConversation', {
      key: 'whatsapp:447700900456',
      limit: 2,
      before: older.olderCursor!,
    });
    expect(oldest.conversation!.items.map((i) => i.card?.summary)).toEqual(['line 0']);
    expect(oldest.olderCursor).toBeNull();
  });

  it('a stale signature counts as failed in the thread list and marks its message', async () => {
    // A sender with a timestamped scheme (the generic HMAC under a path): its own verifier rejects
    // a delivery whose timestamp is an hour old, even though the secret is right.
    await core.service.call('updateSettings', {
      providerByPath: [
        {
          pathPrefix: '/timed',
          provider: 'generic',
          generic: {
            header: 'X-Signature',
            algorithm: 'sha256',
            encoding: 'hex',
            template: '{timestamp}.{body}',
            timestampHeader: 'X-Timestamp',
            toleranceSeconds: 300,
          },
        },
      ],
    });
    await core.service.call('putSecret', { provider: 'generic', label: 'timed', secret: 'timed-secret' });
    const hmacAt = (body: string, unix: number) =>
      createHmac('sha256', 'timed-secret').update(`${unix}.${body}`).digest('hex');
    const post = async (body: string, unix: number): Promise<string | null> => {
      const analysed = new Promise<string | null>((resolve) => {
        const off = core.service.on('capture.updated', (c) => {
          if (c.path !== '/timed' || c.verdict === null) return;
          off();
          resolve(c.verdict);
        });
      });
      await fetch(`${core.receiverUrl}/timed`, {
        method: 'POST',
        body,
        headers: {
          'Content-Type': 'application/json',
          'X-Timestamp': String(unix),
          'X-Signature': hmacAt(body, unix),
        },
      }).then((res) => res.arrayBuffer());
      return analysed;
    };
    const now = Math.floor(Date.now() / 1000);
    const fresh = inbound('33612345678', 'Élodie', 'Bonjour', 'wamid.TIMED1');
    const late = inbound('33612345678', 'Élodie', 'Encore moi', 'wamid.TIMED2');
    expect(await post(fresh, now)).toBe('pass');
    expect(await post(late, now - 3600)).toBe('stale');

    const listed = await core.service.call('listConversations', { query: 'Élodie' });
    expect(listed.conversations[0]).toMatchObject({ captureCount: 2, failedSignatures: 1 });
    const thread = await core.service.call('getConversation', { key: 'whatsapp:33612345678' });
    expect(
      thread.conversation!.items.map((item) => [item.card?.summary, item.card?.signatureFailed]),
    ).toEqual([
      ['Bonjour', false],
      ['Encore moi', true],
    ]);
  });

  it('clearing captures clears the threads', async () => {
    await core.service.call('clearCaptures', {});
    expect((await core.service.call('listConversations', {})).conversations).toEqual([]);
    expect(
      (await core.service.call('getConversation', { key: 'whatsapp:447700900456' })).conversation,
    ).toBeNull();
  });
});
