// The sample request the empty state teaches with: a small, realistic JSON event.
import { shellQuote } from '../../lib/shell-quote';

export function sampleCurl(receiverUrl: string): string {
  const url = `${receiverUrl.replace(/\/$/, '')}/webhooks/test`;
  const body = JSON.stringify({
    event: 'order.paid',
    id: 'evt_1001',
    data: { amount: 4200, currency: 'eur' },
  });
  return [
    `curl -X POST ${shellQuote(url)}`,
    `  -H ${shellQuote('Content-Type: application/json')}`,
    `  -d ${shellQuote(body)}`,
  ].join(' \\\n');
}
