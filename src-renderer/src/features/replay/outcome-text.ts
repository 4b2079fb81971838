// Plain words for a send that got no answer, and a one-line summary of one that did.
import type { SendOutcome } from '@shared/replay-types';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** What went wrong, in the user's terms, with what to check. */
export function plainError(outcome: SendOutcome): { title: string; hint: string } | null {
  const error = outcome.error;
  if (!error) return null;
  const host = hostOf(outcome.url);
  switch (error.code) {
    case 'connection_refused':
      return {
        title: 'Connection refused',
        hint: `Nothing is listening at ${host}. Is your handler running on ${host}?`,
      };
    case 'timeout':
      return {
        title: 'No answer in time',
        hint: `${host} accepted the connection but did not answer before the timeout. Is the handler stuck, or waiting on something slow?`,
      };
    case 'dns':
      return {
        title: 'Host not found',
        hint: `The name in ${outcome.url} could not be resolved. Check the URL.`,
      };
    case 'reset':
      return {
        title: 'Connection reset',
        hint: `${host} closed the connection without answering. Did the handler crash on this request?`,
      };
    case 'tls':
      return {
        title: 'TLS failed',
        hint: `The secure connection to ${host} failed. A local handler usually speaks http://, not https://.`,
      };
    case 'invalid_request':
      return { title: 'Request not sent', hint: error.message };
    default:
      return { title: 'Network error', hint: error.message };
  }
}

export function outcomeSummary(outcome: SendOutcome): string {
  if (outcome.response) {
    const { status, statusText } = outcome.response;
    const ms = outcome.latencyMs ?? outcome.durationMs;
    return `${status}${statusText ? ` ${statusText}` : ''} in ${Math.round(ms)} ms`;
  }
  return plainError(outcome)?.title ?? 'No answer';
}
