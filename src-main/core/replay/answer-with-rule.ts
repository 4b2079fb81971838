// Carrying out a ResponseDecision on a live connection: wait the rule's delay, then either answer
// or destroy the socket. The wait is a timer, not a blocked loop, and it is cancelled when the
// client gives up first (providers time out long before 60 s), so a slow rule costs nothing.
import type { ServerResponse } from 'node:http';
import type { ResponseDecision } from './response-rules';

export type RuleAnswerOutcome = 'answered' | 'dropped' | 'client-gone' | 'failed';

const BODILESS_STATUS = new Set([204, 304]);

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
      try {
        if (BODILESS_STATUS.has(decision.status)) {
          // 204 and 304 never carry a body or a Content-Length (RFC 9110 §8.6, §15.3.5).
          res.writeHead(decision.status, headers.flat());
          res.end();
        } else {
          res.writeHead(
            decision.status,
            [...headers, ['Content-Length', String(decision.body.length)]].flat(),
          );
          res.end(headOnly ? undefined : decision.body);
        }
        resolve('answered');
      } catch (error) {
        // Rules are validated when saved and loaded; should Node still refuse a header, the client
        // gets a plain 500 and the process goes on (this runs in a timer when the rule has a delay).
        resolve(answerRuleFailure(res, error));
      }
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

function answerRuleFailure(res: ServerResponse, error: unknown): RuleAnswerOutcome {
  try {
    if (!res.headersSent) {
      const body = JSON.stringify({
        error: 'response_rule_failed',
        message: `The response rule could not be sent: ${(error as Error).message}`,
      });
      res.writeHead(500, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    } else {
      res.destroy();
    }
  } catch {
    res.destroy();
  }
  return 'failed';
}
