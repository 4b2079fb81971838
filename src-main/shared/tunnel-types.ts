// The tunnel's part of the contract: its status (streamed as events), its stable error codes and the
// schemas of what a front end may send. Imports only zod: the renderer uses these too.
import { z } from 'zod';
import type { tunnelStatusSchema } from './outputs/tunnel';

/**
 * Stable codes for every way starting or keeping a tunnel can fail. Front ends branch on `code`;
 * people read `message` and act on `fix`.
 */
export const tunnelErrorCodes = [
  'no_authtoken',
  'invalid_authtoken',
  'session_limit',
  'domain_not_reserved',
  'network_unreachable',
  'timeout',
  'forbidden_port',
  'invalid_settings',
  'unknown',
] as const;

export type TunnelErrorCode = (typeof tunnelErrorCodes)[number];

export type TunnelError = Omit<Extract<TunnelStatus, { state: 'error' }>, 'state' | 'since'>;

export type TunnelStatus = z.infer<typeof tunnelStatusSchema>;

export type TunnelState = TunnelStatus['state'];

// A hostname ngrok could serve: dot-separated DNS labels. Users often paste a full URL from the
// ngrok dashboard, so a scheme and a trailing slash are stripped before checking.
const hostnamePattern =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export const tunnelDomain = z
  .string()
  .trim()
  .max(300)
  .transform((value) =>
    value
      .replace(/^https?:\/\//i, '')
      .replace(/\/+$/, '')
      .toLowerCase(),
  )
  .pipe(z.string().regex(hostnamePattern, 'Enter a domain like your-name.ngrok-free.app'));

// The path a provider should call, shown appended to the public URL. A missing leading slash is added.
export const tunnelPathHint = z
  .string()
  .trim()
  .max(2048)
  .transform((value) => (value.startsWith('/') ? value : `/${value}`))
  .pipe(z.string().regex(/^\/[^\s#]*$/, 'Enter a path like /webhook (no spaces)'));

// Authtokens are opaque; only refuse what can never be one (empty, whitespace, absurd length).
export const tunnelAuthtoken = z
  .string()
  .trim()
  .min(1, 'Paste the authtoken')
  .max(512)
  .regex(/^\S+$/, 'An authtoken has no spaces');

/** Input of the `startTunnel` operation. An authtoken given here is stored as secret `ngrok`. */
export const startTunnelInput = z
  .object({
    authtoken: tunnelAuthtoken.optional(),
    domain: tunnelDomain.optional(),
    pathHint: tunnelPathHint.optional(),
  })
  .strict();

export type StartTunnelInput = z.input<typeof startTunnelInput>;
export type StartTunnelOptions = z.output<typeof startTunnelInput>;

/** The remembered tunnel settings (never the token, which lives in the secret store). */
export const tunnelSettings = z
  .object({
    domain: tunnelDomain.nullable(),
    pathHint: tunnelPathHint.nullable(),
    startOnLaunch: z.boolean(),
  })
  .strict();

export type TunnelSettings = z.output<typeof tunnelSettings>;

export const defaultTunnelSettings: TunnelSettings = { domain: null, pathHint: null, startOnLaunch: false };
