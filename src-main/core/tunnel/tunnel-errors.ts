// Turns whatever ngrok threw into {code, message, fix} a person can act on. ngrok's errors end with
// "error_code: ERR_NGROK_<n>" (the module copies it to `errorCode`); failures before the service
// answers (DNS, TCP, TLS) carry no code and are recognised by their text.
// Codes: https://ngrok.com/docs/errors/ — the output is redacted by the caller, not here.
import type { TunnelError, TunnelErrorCode } from '@shared/tunnel-types';

const TOKEN_PAGE = 'dashboard.ngrok.com → Your Authtoken';

const codeTable: Record<string, TunnelErrorCode> = {
  ERR_NGROK_105: 'invalid_authtoken', // does not look like an authtoken
  ERR_NGROK_106: 'invalid_authtoken', // an ngrok v1 token
  ERR_NGROK_107: 'invalid_authtoken', // well formed but revoked or reset
  ERR_NGROK_4018: 'no_authtoken', // session not authenticated
  ERR_NGROK_108: 'session_limit', // simultaneous agent sessions
  ERR_NGROK_348: 'session_limit',
  ERR_NGROK_319: 'domain_not_reserved', // must reserve the hostname first
  ERR_NGROK_320: 'domain_not_reserved', // reserved by another account
  ERR_NGROK_314: 'domain_not_reserved', // custom hostnames need a paid plan
  ERR_NGROK_7117: 'domain_not_reserved',
  ERR_NGROK_7118: 'domain_not_reserved',
};

// Checked in order on the lower-cased message when there is no ngrok code.
const textRules: Array<[RegExp, TunnelErrorCode]> = [
  [/authentication fail/, 'invalid_authtoken'],
  [/timed? ?out|deadline/, 'timeout'],
  [
    /failed to establish tcp|dns|resolve|lookup|unreachable|connection refused|connection reset|network|tls handshake|proxy/,
    'network_unreachable',
  ],
];

export function ngrokErrorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null) {
    const explicit = (error as { errorCode?: unknown }).errorCode;
    if (typeof explicit === 'string' && /^ERR_NGROK_\d+$/.test(explicit)) return explicit;
  }
  return /\bERR_NGROK_\d+\b/.exec(errorText(error))?.[0] ?? null;
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return '';
}

/** First line of ngrok's message, bounded: enough to search for, not a wall of text. */
function detail(error: unknown): string {
  const firstLine = errorText(error).split('\n')[0]?.trim() ?? '';
  return firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine;
}

export function classifyNgrokError(error: unknown): TunnelErrorCode {
  const code = ngrokErrorCode(error);
  if (code !== null) return codeTable[code] ?? 'unknown';
  const text = errorText(error).toLowerCase();
  return textRules.find(([pattern]) => pattern.test(text))?.[1] ?? 'unknown';
}

export interface FailureContext {
  domain?: string;
  startTimeoutMs: number;
}

/** The advice for one code. `error` supplies ngrok's code and wording where that helps. */
export function tunnelError(code: TunnelErrorCode, context: FailureContext, error?: unknown): TunnelError {
  const ngrokCode = error === undefined ? null : ngrokErrorCode(error);
  const tag = ngrokCode ? ` (${ngrokCode})` : '';
  switch (code) {
    case 'no_authtoken':
      return {
        code,
        message: `ngrok needs an authtoken from your (free) ngrok account to open a public URL${tag}.`,
        fix: `Sign up at dashboard.ngrok.com, copy the token from ${TOKEN_PAGE} and paste it in the tunnel settings.`,
      };
    case 'invalid_authtoken':
      return {
        code,
        message: `ngrok rejected the authtoken${tag}.`,
        fix: `Copy the authtoken from ${TOKEN_PAGE} and paste it again in the tunnel settings (it changes when you reset it).`,
      };
    case 'session_limit':
      return {
        code,
        message: `Your ngrok account already has as many agent sessions as its plan allows${tag}.`,
        fix: 'Free plans allow one agent session: stop the other ngrok running elsewhere (dashboard.ngrok.com → Agents lists them), or upgrade.',
      };
    case 'domain_not_reserved':
      return {
        code,
        message: `ngrok refused the domain ${context.domain ?? '(none)'} for this account${tag}.`,
        fix: 'Reserve it under dashboard.ngrok.com → Domains with the same account as the authtoken (free accounts get one static domain), or clear the domain to get a random URL.',
      };
    case 'network_unreachable':
      return {
        code,
        message: `Could not reach the ngrok service${detail(error) ? ` (${detail(error)})` : ''}.`,
        fix: 'Check the internet connection, DNS, VPN or firewall: outbound connections to connect.ngrok-agent.com on port 443 must be allowed. Then start the tunnel again.',
      };
    case 'timeout':
      return {
        code,
        message: `ngrok did not bring the tunnel up within ${formatDuration(context.startTimeoutMs)}.`,
        fix: 'Check the connection (a firewall or proxy may be silently dropping traffic to ngrok), then start the tunnel again.',
      };
    case 'forbidden_port':
      return {
        code,
        message:
          'Refused to expose that port: only the webhook receiver may be made public, never the control API.',
        fix: 'Restart Hookscope so the receiver and the control API listen on separate ports.',
      };
    case 'invalid_settings':
      return {
        code,
        message: 'The tunnel settings are not valid.',
        fix: 'Enter a domain like your-name.ngrok-free.app (or leave it empty) and a path like /webhook.',
      };
    case 'unknown':
      return {
        code,
        message: `ngrok could not open the tunnel${detail(error) ? `: ${detail(error)}` : ''}${ngrokCode && !detail(error).includes(ngrokCode) ? tag : ''}.`,
        fix: ngrokCode
          ? `Look up ${ngrokCode} at ngrok.com/docs/errors, then start the tunnel again.`
          : 'Start the tunnel again; if it keeps failing, check the log for details.',
      };
  }
}

function formatDuration(ms: number): string {
  return ms < 1_000 ? `${ms} ms` : `${Math.round(ms / 1_000)} seconds`;
}

export function describeNgrokFailure(error: unknown, context: FailureContext): TunnelError {
  return tunnelError(classifyNgrokError(error), context, error);
}

/**
 * Whether a failed reconnect should be retried. Bad tokens and domains will not fix themselves;
 * a session-limit answer right after a drop usually means ngrok still counts our dead session.
 */
export function isWorthRetrying(code: TunnelErrorCode): boolean {
  return (
    code === 'network_unreachable' || code === 'timeout' || code === 'session_limit' || code === 'unknown'
  );
}
