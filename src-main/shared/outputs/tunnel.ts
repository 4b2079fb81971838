// The tunnel's status (getTunnel, startTunnel, stopTunnel and the tunnel.status event).
import { z } from 'zod';
import { tunnelErrorCodes } from '../tunnel-types';
import { isoTime } from './common';

export const tunnelErrorShape = {
  code: z.enum(tunnelErrorCodes),
  message: z.string().describe('What went wrong, in plain words. Never contains the authtoken.'),
  fix: z.string().describe('What the user can do about it.'),
};

export const tunnelStatusSchema = z
  .discriminatedUnion('state', [
    z.strictObject({ state: z.literal('stopped') }),
    z.strictObject({ state: z.literal('starting') }),
    z.strictObject({
      state: z.literal('online'),
      url: z.string().describe('Public base URL, e.g. https://abc.ngrok-free.app'),
      webhookUrl: z
        .string()
        .describe("`url` plus the configured path hint: what users paste into a provider's dashboard."),
      domain: z
        .string()
        .nullable()
        .describe('The reserved domain asked for; null when ngrok assigned the URL.'),
      startedAt: isoTime.describe('When this URL (last) came online.'),
    }),
    z.strictObject({
      state: z.literal('error'),
      ...tunnelErrorShape,
      since: isoTime.describe(
        'When this failure happened: a new attempt that fails the same way is a new failure (the UI shows it again).',
      ),
    }),
    z.strictObject({
      state: z.literal('reconnecting'),
      attempt: z.number().int().describe('1 for the first retry after a drop.'),
      nextRetryAt: isoTime.describe('When the next attempt to open a fresh session is due.'),
    }),
  ])
  .meta({
    id: 'TunnelStatus',
    description: 'The ngrok tunnel: stopped, starting, online, error or reconnecting.',
  });
