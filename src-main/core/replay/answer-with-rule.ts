// Carrying out a ResponseDecision on a live connection: wait the rule's delay, then either answer
// or destroy the socket. The wait is a timer, not a blocked loop, and it is cancelled when the
// client gives up first (providers time out long before 60 s), so a slow rule costs nothing.
import type { ServerResponse } from 'node:http';
import type { ResponseDecision } from './response-rules';

export type RuleAnswerOutcome = 'answered' | 'dropped' | 'client-gone';

export function answerWithRule(
  res: ServerResponse,
  decision: ResponseDecision,
  headOnly = false,
): Promise<RuleAnswerOutcome> {
  return new Promise((resolve) => {
    const act = () => {
      res.off('close', onClose);
      if (res.destroyed || res.socket?.destroyed) return resolve('client-gone');
      if (decision.drop) {
        // No status line at all: the provider sees a reset, as with a crashed handler.
        res.socket?.destroy();
        return resolve('dropped');
      }
      const headers = decision.headers.filter(([name]) => !/^content-length$/i.test(name));
      res.writeHead(decision.status, [...headers, ['Content-Length', String(decision.body.length)]].flat());
      res.end(headOnly ? undefined : decision.body);
      resolve('answered');
    };
    const timer = decision.delayMs > 0 ? setTimeout(act, decision.delayMs) : null;
    const onClose = () => {
      if (timer) clearTimeout(timer);
      resolve('client-gone');
    };
    if (timer) res.once('close', onClose);
    else act();
  });
}
