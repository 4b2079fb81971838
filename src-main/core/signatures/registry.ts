// The signature engine's view of the provider registry (core/providers): detection and lookup by id.
// Detection order is the registry's order (the first of equally confident providers wins).
import { providerDefinition, providerDefinitions } from '../providers/registry';
import type { ProviderDefinition } from '../providers/types';
import { headerView } from './headers';
import type { AnalysisRequest, ProviderSpec, RequestView } from './types';

const specOf = (d: ProviderDefinition): ProviderSpec => ({ id: d.id, detect: d.detect, ...d.verification });

export const providerSpecs: readonly ProviderSpec[] = providerDefinitions.map(specOf);

const specById = new Map(providerSpecs.map((s) => [s.id, s]));

export function providerSpec(id: string): ProviderSpec | undefined {
  return specById.get(id);
}

export function providerName(id: string): string {
  return providerDefinition(id)?.name ?? id;
}

export function detectProviderIn(view: RequestView): ProviderSpec | null {
  let best: ProviderSpec | null = null;
  let bestScore = 0;
  for (const spec of providerSpecs) {
    const score = spec.detect(view);
    if (score > bestScore) {
      best = spec;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Which provider sent this request, judged from its headers (and, for Meta's GET handshake, the
 * query). `path`/`method` are optional because most providers are recognised from headers alone.
 */
export function detectProvider(
  headers: [string, string][],
  body: Buffer,
  extra: { method?: string; path?: string } = {},
): string | null {
  const req: AnalysisRequest = {
    method: extra.method ?? 'POST',
    url: null,
    path: extra.path ?? '/',
    headers,
    body,
    receivedAtUnix: 0,
  };
  return detectProviderIn({ req, headers: headerView(headers), nowUnix: 0 })?.id ?? null;
}
