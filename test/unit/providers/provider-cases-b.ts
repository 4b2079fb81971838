// Deliveries of the second batch of providers (Asana onwards), signed here with node:crypto exactly
// as each provider documents it — never with Hookscope's verifier or signers. Shared by the unit
// table (more-providers.test.ts) and the end-to-end table through the receiver.
import { mac, type ProviderCase } from './provider-cases';

const json = (o: unknown) => JSON.stringify(o);
const hex = (b: Buffer) => b.toString('hex');
const b64 = (b: Buffer) => b.toString('base64');

export const providerCasesB: ProviderCase[] = [
  {
    provider: 'asana',
    secret: 'b537207f20cbfa02357cf448134da559e8bd39d61597dcd5631b8012eae53e81',
    contentType: 'application/json; charset=utf-8',
    body: json({
      events: [{ action: 'changed', resource: { gid: '1203427961838411', resource_type: 'task' } }],
    }),
    sign: (body, secret) => [['X-Hook-Signature', hex(mac('sha256', secret, body))]],
  },
  {
    provider: 'notion',
    secret: 'secret_tMrlL1qK5vuQAh1b6cZGhFChZTSYJlce98V0pYn7yBl',
    contentType: 'application/json',
    body: json({ id: 'e1', type: 'page.content_updated', entity: { id: 'p1', type: 'page' } }),
    sign: (body, secret) => [['X-Notion-Signature', `sha256=${hex(mac('sha256', secret, body))}`]],
  },
  {
    provider: 'lemon-squeezy',
    secret: 'lemon-signing-secret',
    contentType: 'application/json',
    body: json({ meta: { event_name: 'order_created' }, data: { type: 'orders', id: '1' } }),
    sign: (body, secret) => [
      ['X-Event-Name', 'order_created'],
      ['X-Signature', hex(mac('sha256', secret, body))],
    ],
  },
  {
    provider: 'mux',
    secret: 'mux-webhook-signing-secret',
    contentType: 'application/json',
    body: json({ type: 'video.asset.ready', data: { id: 'asset1', status: 'ready' } }),
    sign: (body, secret, now) => [
      ['Mux-Signature', `t=${now},v1=${hex(mac('sha256', secret, `${now}.`, body))}`],
    ],
  },
  {
    provider: 'workos',
    secret: 'workos-webhook-secret',
    contentType: 'application/json',
    body: json({ id: 'event_01', event: 'user.created', data: { object: 'user', id: 'user_01' } }),
    sign: (body, secret, now) => {
      const t = String(now * 1000);
      return [['WorkOS-Signature', `t=${t}, v1=${hex(mac('sha256', secret, `${t}.`, body))}`]];
    },
  },
];

export { b64 };
