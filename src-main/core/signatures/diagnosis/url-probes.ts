// URL candidates for schemes that sign the URL (Twilio, Square): http/https, ports, trailing slash,
// forwarded host, the tunnel URL. The sender signs the URL it called, not the one behind the proxy.
import { diagnosticUrlCandidates } from '../url-candidates';
import type { Probe } from './context';

export const urlProbe: Probe = (ctx) => {
  if (!ctx.parsed.scheme.template.includes('{url}')) return [];
  const base = ctx.parsed.contexts[0];
  if (!base) return [];
  const exclude = ctx.parsed.contexts.map((c) => c.url ?? '');
  for (const candidate of diagnosticUrlCandidates(ctx.view, exclude)) {
    if (!ctx.budgetLeft()) break;
    if (ctx.reproduce({ contexts: [{ ...base, url: candidate.url }] })) {
      let origin = candidate.url;
      try {
        origin = new URL(candidate.url).origin;
      } catch {
        /* keep the full URL */
      }
      return [
        {
          code: 'url-mismatch',
          message: `${ctx.providerName} signed ${candidate.url} (${candidate.why}); Hookscope verified against ${base.url ?? '(no URL)'}.`,
          fix: ctx.view.req.publicUrl
            ? `Set the public URL to ${origin} (exactly as configured at ${ctx.providerName}) and verify against that.`
            : `Configure the public URL (${origin}) in Hookscope, and verify against the URL configured at ${ctx.providerName}, not the one your app sees.`,
          exact: true,
        },
      ];
    }
  }
  return [];
};
