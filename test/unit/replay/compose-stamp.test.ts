// Compose is a preview of one exact request: recomposing after an edit keeps the event's ids and
// timestamp (only what the edit changes, such as the signature, moves), the curl command is that
// request, and sending with the same stamp sends those bytes.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { composeEvent } from '../../../src-main/core/replay';
import { words } from './shell-words';

const context = {
  secrets: (p: string) =>
    p === 'standard-webhooks'
      ? [{ label: 'main', value: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }]
      : p === 'meta'
        ? [{ label: 'app', value: 'meta-secret' }]
        : [],
  defaultBaseUrl: 'http://127.0.0.1:8787',
  nowUnix: 1_750_000_000,
  hex: (n: number) => randomBytes(n).toString('hex'),
};

const header = (headers: [string, string][], name: string) =>
  headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];

describe('compose stamp', () => {
  it('recomposing with the returned stamp keeps ids and timestamp; the edited body changes only the signature', () => {
    const first = composeEvent({ template: 'standard-webhooks-user-created' }, context);
    if (!first.ok) throw new Error(first.problem);
    const stamp = first.event.stamp;
    const body = Buffer.from(first.event.bodyBase64, 'base64')
      .toString()
      .replace('user.created', 'user.updated');
    const later = composeEvent(
      { template: 'standard-webhooks-user-created', stamp, overrides: { body } },
      { ...context, nowUnix: context.nowUnix + 30 },
    );
    if (!later.ok) throw new Error(later.problem);
    expect(later.event.stamp).toEqual(stamp);
    expect(header(later.event.headers, 'webhook-id')).toBe(header(first.event.headers, 'webhook-id'));
    expect(header(later.event.headers, 'webhook-timestamp')).toBe(
      header(first.event.headers, 'webhook-timestamp'),
    );
    expect(header(later.event.headers, 'webhook-signature')).not.toBe(
      header(first.event.headers, 'webhook-signature'),
    );
    // The same stamp and the same edits give the very same request.
    const again = composeEvent(
      { template: 'standard-webhooks-user-created', stamp, overrides: { body } },
      { ...context, nowUnix: context.nowUnix + 90 },
    );
    if (!again.ok) throw new Error(again.problem);
    expect(again.event.headers).toEqual(later.event.headers);
    expect(again.event.bodyBase64).toBe(later.event.bodyBase64);
  });

  it('the message ids inside a template body are stable under the stamp too', () => {
    const first = composeEvent({ template: 'whatsapp-text' }, context);
    if (!first.ok) throw new Error(first.problem);
    const second = composeEvent({ template: 'whatsapp-text', stamp: first.event.stamp }, context);
    if (!second.ok) throw new Error(second.problem);
    expect(second.event.bodyBase64).toBe(first.event.bodyBase64);
    const fresh = composeEvent({ template: 'whatsapp-text' }, context);
    if (!fresh.ok) throw new Error(fresh.problem);
    expect(fresh.event.bodyBase64).not.toBe(first.event.bodyBase64);
  });

  it('the curl command carries exactly the headers and body shown', () => {
    const r = composeEvent({ template: 'standard-webhooks-user-created' }, context);
    if (!r.ok) throw new Error(r.problem);
    const argv = words(r.event.curl);
    // `Name:` arguments only stop curl from adding its own defaults.
    const sentHeaders = argv.flatMap((w, i) => (argv[i - 1] === '--header' && !w.endsWith(':') ? [w] : []));
    expect(sentHeaders).toEqual(r.event.headers.map(([n, v]) => `${n}: ${v}`));
    expect(argv).toContain(Buffer.from(r.event.bodyBase64, 'base64').toString());
  });
});
