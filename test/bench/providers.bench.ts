// Detection and verification over a mixed set of every provider Hookscope signs for (one 64 KB
// delivery each, signed by the provider's own re-signer or by the test cases' node:crypto helpers),
// and the scheme finder on a 64 KB capture it cannot explain (its worst case: every template tried).
// Baselines measured in the same run: building the header view of a capture (the least any
// detection does) and one raw HMAC-SHA256 of the body.
// Run: npm run bench -- providers
import { createHmac, randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { providerDefinitions } from '../../src-main/core/providers/registry';
import { resignRequest } from '../../src-main/core/replay';
import { analyseSignature, detectProvider, type AnalysisRequest } from '../../src-main/core/signatures';
import { headerView } from '../../src-main/core/signatures/headers';
import { findSignatureScheme } from '../../src-main/core/signatures/scheme-finder';
import { allProviderCases as providerCases } from '../unit/providers/all-provider-cases';
import { keyAndBodySignedDeliveries } from './support/key-and-body-signed-deliveries';

const NOW = 1_750_000_000;
const BODY_BYTES = 64 * 1024;
const URL_CALLED = 'https://abc.ngrok.app/webhooks/in';

function jsonBody(bytes: number): string {
  const items: unknown[] = [];
  let text = '';
  for (let i = 0; ; i++) {
    items.push({
      id: `evt_${randomBytes(8).toString('hex')}`,
      n: i,
      note: `item ${i} — café ${'x'.repeat(60)}`,
    });
    const next = JSON.stringify({ type: 'bench.event', data: { items } });
    if (Buffer.byteLength(next) > bytes) break;
    text = next;
  }
  return text;
}

interface Delivery {
  provider: string;
  req: AnalysisRequest;
  secret: string;
}

const bigBody = jsonBody(BODY_BYTES);
const padding = 'x'.repeat(BODY_BYTES);

function padded(sample: string, contentType: string): string {
  if (contentType.includes('form')) return `${sample}&padding=${padding}`;
  if (sample.endsWith('}')) return `${sample.slice(0, -1)},"bench_padding":"${padding}"}`;
  if (sample.endsWith(']')) return `${sample.slice(0, -1)},{"bench_padding":"${padding}"}]`;
  return sample + padding;
}
const deliveries: Delivery[] = [];

// Providers with a re-signer: their first sample event's headers, the 64 KB body, signed by Hookscope.
for (const d of providerDefinitions) {
  if (!('signer' in d.resign) || d.id === 'generic') continue;
  // Without a sample event: a JSON delivery the signer alone makes recognisable.
  const template = ('templates' in d.compose ? d.compose.templates[0] : undefined) ?? {
    method: 'POST',
    contentType: 'application/json',
    build: () => ({
      headers: [['Content-Type', 'application/json']] as [string, string][],
      body: '{"type":"bench"}',
    }),
  };
  const built = template.build({ nowUnix: NOW, hex: (n) => randomBytes(n).toString('hex') });
  // The sample's own payload first (some senders are recognised by it), padded to about 64 KB.
  const body = padded(built.body, template.contentType);
  const secret =
    d.id === 'standard-webhooks' ? `whsec_${randomBytes(24).toString('base64')}` : `${d.id}-bench-secret`;
  const signed = resignRequest(
    { method: template.method, url: URL_CALLED, headers: built.headers, body: Buffer.from(body) },
    { provider: d.id, secrets: [{ label: 'bench', value: secret }], nowUnix: NOW, newId: () => 'msg_bench' },
  );
  if (!signed.ok) continue;
  deliveries.push({
    provider: d.id,
    secret,
    req: {
      method: template.method,
      url: URL_CALLED,
      path: '/webhooks/in',
      headers: signed.headers,
      body: Buffer.from(body),
      receivedAtUnix: NOW,
      nowUnix: NOW,
    },
  });
}
// The rest (tokens, body-signed, several cases per provider) from the providers' test cases.
for (const c of providerCases) {
  if (deliveries.some((d) => d.provider === c.provider)) continue;
  const body = Buffer.from(c.body);
  deliveries.push({
    provider: c.provider,
    secret: c.secret,
    req: {
      method: 'POST',
      url: URL_CALLED,
      path: '/webhooks/in',
      headers: [['Content-Type', c.contentType], ...c.sign(body, c.secret, NOW, URL_CALLED)],
      body,
      receivedAtUnix: NOW,
      nowUnix: NOW,
    },
  });
}

// Public-key, JWT, certificate and body-signed schemes, and the two providers that sign nothing.
for (const d of keyAndBodySignedDeliveries(NOW, padding.slice(0, BODY_BYTES - 1024))) {
  if (deliveries.some((x) => x.provider === d.provider)) continue;
  deliveries.push({
    provider: d.provider,
    secret: d.secret,
    req: {
      method: 'POST',
      url: URL_CALLED,
      path: '/webhooks/in',
      headers: d.headers,
      body: d.body,
      receivedAtUnix: NOW,
      nowUnix: NOW,
    },
  });
}

// Sanity: each delivery is detected as its provider and passes (or is labelled "does not sign"); a provider whose signature needs
// more than a JSON body (a timestamp inside it…) is left out of the mix and named below.
const unfit: string[] = [];
for (const d of [...deliveries]) {
  const detected = detectProvider(d.req.headers, d.req.body, { method: d.req.method, path: d.req.path });
  const verdict = analyseSignature(d.req, (p) =>
    p === d.provider ? [{ label: 'bench', value: d.secret }] : [],
  );
  const fits =
    verdict.verdict === 'pass' ||
    verdict.verdict === 'handshake' ||
    verdict.reason === 'provider-does-not-sign';
  if (detected !== d.provider || !fits) {
    unfit.push(`${d.provider} (${detected ?? 'undetected'}, ${verdict.verdict})`);
    deliveries.splice(deliveries.indexOf(d), 1);
  }
}
if (deliveries.length < providerDefinitions.length / 2) {
  console.error(`too few usable deliveries: ${unfit.join(', ')}`);
  process.exit(1);
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

/** Per-item time over `rounds` passes of the whole mixed set. */
function measureEach(rounds: number, fn: (d: Delivery) => unknown): { median: number; p95: number } {
  for (const d of deliveries) fn(d);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const d of deliveries) {
      const t0 = performance.now();
      fn(d);
      samples.push(performance.now() - t0);
    }
  }
  return stats(samples);
}

const detectBaseline = measureEach(200, (d) => headerView(d.req.headers).has('x-signature'));
const detection = measureEach(200, (d) =>
  detectProvider(d.req.headers, d.req.body, { method: d.req.method, path: d.req.path }),
);
const hmacBaseline = measureEach(50, (d) => createHmac('sha256', d.secret).update(d.req.body).digest('hex'));
const verify = measureEach(50, (d) =>
  analyseSignature(d.req, (p) => (p === d.provider ? [{ label: 'bench', value: d.secret }] : [])),
);

const finderReq = {
  method: 'POST',
  url: URL_CALLED,
  path: '/webhooks/in',
  headers: [
    ['Content-Type', 'application/json'],
    ['X-Unknown-Id', 'evt_1'],
    ['X-Unknown-Delivery-Id', 'dlv_1'],
    ['X-Unknown-Timestamp', String(NOW)],
    ['X-Unknown-Sent-At', '2026-12-05T06:20:34Z'],
    ['X-Unknown-Signature', createHmac('sha256', 'right').update(bigBody).digest('base64')],
  ] as [string, string][],
  body: Buffer.from(bigBody),
};
const finderSamples: number[] = [];
let finderTried = 0;
for (let i = 0; i < 12; i++) {
  const t0 = performance.now();
  const r = findSignatureScheme(finderReq, 'wrong-secret-0123456789abcdef');
  finderSamples.push(performance.now() - t0);
  finderTried = r.tried;
}
const finder = stats(finderSamples);

const fmt = (x: number) => x.toFixed(3).padStart(8);
// Targets are judged on the median: on a shared 2-core machine the p95 mostly measures the load.
const line = (name: string, s: { median: number; p95: number }, base: { median: number }, target?: number) =>
  console.log(
    `${name.padEnd(58)} median ${fmt(s.median)} ms   p95 ${fmt(s.p95)} ms   ×baseline ${(s.median / base.median).toFixed(1).padStart(7)}` +
      (target === undefined ? '' : `   target < ${target} ms (median): ${s.median < target ? 'ok' : 'OVER'}`),
  );

const providersIn = new Set(deliveries.map((d) => d.provider));
const left = providerDefinitions.map((d) => d.id).filter((id) => !providersIn.has(id));
console.log(
  `providers bench — ${deliveries.length} deliveries from ${providersIn.size} of ${providerDefinitions.length} providers, bodies ≈ ${BODY_BYTES} bytes, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`,
);
console.log(
  `not in the mix (no re-signer and no test case here, e.g. only the sender holds the key): ${left.join(', ')}`,
);
if (unfit.length) console.log(`signed but not verifiable as built here: ${unfit.join(', ')}`);
line('baseline: header view of a capture', detectBaseline, detectBaseline);
line(
  `detection over all ${providerDefinitions.length} providers, per capture`,
  detection,
  detectBaseline,
  0.2,
);
line('baseline: one raw HMAC-SHA256 of the body', hmacBaseline, hmacBaseline);
line('verification (detect + verify + report), per capture', verify, hmacBaseline, 5);
line(`scheme finder, nothing matches (${finderTried} HMACs)`, finder, hmacBaseline, 200);
