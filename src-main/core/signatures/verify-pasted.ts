// The verifyRequest operation: a request pasted by the user (e.g. from production logs) goes through
// the same analysis as a capture. `now` stands in for the capture time when judging timestamps.
import type { SignatureReport, VerifyRequestInput } from '@shared/signature-types';
import { analyseSignature, pastedSecrets } from './analyse';
import { detectProvider, providerSpec } from './registry';
import type { AnalysisRequest, SecretLookup } from './types';

function splitUrl(url: string): { url: string | null; path: string } {
  try {
    const u = new URL(url);
    return { url, path: u.pathname + u.search };
  } catch {
    return { url: null, path: url.startsWith('/') ? url : `/${url}` };
  }
}

export function verifyPastedRequest(
  input: VerifyRequestInput,
  stored: SecretLookup,
  options: { verifyToken?: string | null; wallClockUnix?: number } = {},
): SignatureReport {
  const body = Buffer.from(input.bodyBase64, 'base64');
  const { url, path } = splitUrl(input.url);
  const wallClock = options.wallClockUnix ?? Date.now() / 1000;
  const req: AnalysisRequest = {
    method: input.method.toUpperCase(),
    url,
    path,
    headers: input.headers.map(([n, v]) => [n, v] as [string, string]),
    body,
    receivedAtUnix: input.now ?? wallClock,
    nowUnix: wallClock,
    // A pasted URL is the one the provider called: it is already public.
    publicUrl: null,
    provider: input.provider,
    generic: input.generic,
    verifyToken: options.verifyToken ?? null,
    pasted: true,
  };
  let lookup = stored;
  if (input.secrets && input.secrets.length > 0) {
    // Pasted secrets apply to the provider being verified only, so they are never reported as
    // "stored for another provider".
    const target =
      (input.provider && providerSpec(input.provider) ? input.provider : null) ??
      detectProvider(req.headers, body, { method: req.method, path }) ??
      'generic';
    const pasted = pastedSecrets(input.secrets);
    lookup = (id) => (id === target ? pasted : []);
  }
  return analyseSignature(req, lookup);
}
