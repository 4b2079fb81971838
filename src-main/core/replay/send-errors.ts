// Network failures in plain words. Codes are stable for the UI; messages say what to check.
import type { SendErrorCode } from '@shared/replay-types';

export function classifySendError(
  error: NodeJS.ErrnoException,
  url: string,
  timeoutMs: number,
): { code: SendErrorCode; message: string } {
  const where = safeOrigin(url);
  switch (error.code) {
    case 'ECONNREFUSED':
      return {
        code: 'connection_refused',
        message: `Nothing is listening at ${where}: is your handler running on that port?`,
      };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return { code: 'dns', message: `The host name in ${where} could not be resolved (${error.code}).` };
    case 'ECONNRESET':
    case 'EPIPE':
      return {
        code: 'reset',
        message: `${where} closed the connection before answering (the handler crashed or dropped it).`,
      };
    case 'ETIMEDOUT':
    case 'ESOCKETTIMEDOUT':
    case 'HOOKSCOPE_TIMEOUT':
      return {
        code: 'timeout',
        message: `${where} did not answer within ${Math.round(timeoutMs / 100) / 10} s.`,
      };
    case 'ERR_INVALID_HTTP_TOKEN':
    case 'ERR_INVALID_CHAR':
    case 'ERR_HTTP_INVALID_HEADER_VALUE':
    case 'ERR_UNESCAPED_CHARACTERS':
    case 'ERR_INVALID_URL':
      return { code: 'invalid_request', message: `The request cannot be sent as HTTP: ${error.message}` };
  }
  if (
    error.code?.startsWith('ERR_TLS') ||
    /CERT|SSL|self.signed/i.test(`${error.code ?? ''} ${error.message}`)
  ) {
    return { code: 'tls', message: `TLS with ${where} failed: ${error.message}` };
  }
  if (error.message === 'socket hang up') {
    return {
      code: 'reset',
      message: `${where} closed the connection before answering (the handler crashed or dropped it).`,
    };
  }
  return {
    code: 'network',
    message: `Sending to ${where} failed: ${error.code ?? ''} ${error.message}`.trim(),
  };
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
