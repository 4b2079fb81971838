// The receiver asks the registry whether a request is a URL check some provider expects answered
// (Meta's GET hub.challenge echo…). Runs on every request, so the method and query checks come
// first and the query is parsed at most once, only for a hook that wants it.
import { providerDefinitions } from './registry';
import type { ReceiverAnswer, ReceiverHandshake, ReceiverHandshakeRequest } from './types';

const hooks: { provider: string; hook: ReceiverHandshake }[] = providerDefinitions.flatMap((d) =>
  d.receiverHandshake ? [{ provider: d.id, hook: d.receiverHandshake }] : [],
);

export interface HandshakeReply extends ReceiverAnswer {
  provider: string;
}

export function answerReceiverHandshake(
  req: Omit<ReceiverHandshakeRequest, 'query'>,
  verifyTokenOf: (provider: string) => string | null,
  secretsOf: (provider: string) => readonly string[] = () => [],
): HandshakeReply | null {
  const queryAt = req.path.indexOf('?');
  let query: URLSearchParams | undefined;
  const view: ReceiverHandshakeRequest = {
    ...req,
    query: () => (query ??= new URLSearchParams(queryAt >= 0 ? req.path.slice(queryAt + 1) : '')),
  };
  for (const { provider, hook } of hooks) {
    if (!hook.methods.includes(req.method) || (hook.needsQuery && queryAt < 0)) continue;
    const answer = hook.answer(view, {
      verifyToken: verifyTokenOf(provider),
      secrets: () => secretsOf(provider),
    });
    if (answer) return { ...answer, provider };
  }
  return null;
}
