// Schemes that sign a timestamp with the body, so re-signing also moves the timestamp to "now":
// Slack, Zoom, Paddle, WaSphere (v1 signs it; the seed format only window-checks it, so it
// is refreshed too) and Standard Webhooks / Svix.
import { headerIn, signedWithHeaders as done } from './header-edit';
import { hmac, whsecKey } from './hmac';
import type { Signer } from './types';

export const slackSigner: Signer = (req, ctx) => {
  const t = String(ctx.nowUnix);
  const v0 = hmac('sha256', ctx.secret, `v0:${t}:`, req.body).toString('hex');
  return done(
    req,
    [
      ['X-Slack-Request-Timestamp', t],
      ['X-Slack-Signature', `v0=${v0}`],
    ],
    ctx.nowUnix,
  );
};

export const zoomSigner: Signer = (req, ctx) => {
  const t = String(ctx.nowUnix);
  const v0 = hmac('sha256', ctx.secret, `v0:${t}:`, req.body).toString('hex');
  return done(
    req,
    [
      ['x-zm-request-timestamp', t],
      ['x-zm-signature', `v0=${v0}`],
    ],
    ctx.nowUnix,
  );
};

export const paddleSigner: Signer = (req, ctx) => {
  const t = String(ctx.nowUnix);
  const h1 = hmac('sha256', ctx.secret, `${t}:`, req.body).toString('hex');
  return done(req, [['Paddle-Signature', `ts=${t};h1=${h1}`]], ctx.nowUnix);
};

export const wasphereSigner: Signer = (req, ctx) => {
  const existing = headerIn(req.headers, 'x-wasphere-signature')?.trim() ?? '';
  const seed = ctx.format ? ctx.format === 'seed' : /^sha256=/i.test(existing);
  const t = String(ctx.nowUnix);
  const value = seed
    ? `sha256=${hmac('sha256', ctx.secret, req.body).toString('hex')}`
    : `v1,sha256=${hmac('sha256', ctx.secret, `${t}.`, req.body).toString('hex')}`;
  return done(
    req,
    [
      ['X-WaSphere-Timestamp', t],
      ['X-WaSphere-Signature', value],
    ],
    ctx.nowUnix,
  );
};

export const standardWebhooksSigner: Signer = (req, ctx) => {
  const key = whsecKey(ctx.secret);
  if (!key) return { problem: 'the Standard Webhooks secret is not whsec_<base64>' };
  // Svix-branded senders use svix-* names; keep the family the request already uses.
  const prefix =
    headerIn(req.headers, 'svix-signature') !== null || headerIn(req.headers, 'svix-id') !== null
      ? 'svix'
      : 'webhook';
  const id = headerIn(req.headers, `${prefix}-id`) ?? ctx.newId();
  const t = String(ctx.nowUnix);
  const sig = hmac('sha256', key, `${id}.${t}.`, req.body).toString('base64');
  return done(
    req,
    [
      [`${prefix}-id`, id],
      [`${prefix}-timestamp`, t],
      [`${prefix}-signature`, `v1,${sig}`],
    ],
    ctx.nowUnix,
  );
};
