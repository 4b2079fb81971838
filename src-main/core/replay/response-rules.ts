// Custom responses: which answer the receiver gives instead of its default "200 after storing".
// Pure: the receiver asks `decideResponse` after the request is read and stores the capture with
// the decided status before waiting or answering, so "acknowledged means stored" still holds and
// the capture shows what the provider actually got (including "dropped").
import { MAX_RULE_DELAY_MS, responseRuleSchema, type ResponseRule } from '../../shared/replay-types';
import { globToRegExp, pathOnly } from './path-pattern';

export interface RuleRequest {
  method: string;
  /** Path plus query, as on the request line (the query is ignored for matching). */
  path: string;
  /**
   * The provider, or a function computing it: detection reads headers and body, so it only runs
   * when some enabled rule actually asks for a provider.
   */
  provider?: string | null | (() => string | null);
}

export interface ResponseDecision {
  ruleId: string;
  /** What the user called the rule (its id when unnamed): notes show this. */
  ruleName: string;
  status: number;
  headers: [string, string][];
  body: Buffer;
  delayMs: number;
  drop: boolean;
}

/** First enabled rule that matches, or null for the default answer. */
export function decideResponse(rules: readonly ResponseRule[], req: RuleRequest): ResponseDecision | null {
  let provider: string | null | undefined;
  const providerOf = (): string | null => {
    if (provider === undefined)
      provider = typeof req.provider === 'function' ? req.provider() : (req.provider ?? null);
    return provider;
  };
  const path = pathOnly(req.path);
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const { methods, path: pathMatch, provider: wanted } = rule.match;
    if (methods && methods.length > 0 && !methods.some((m) => m.toUpperCase() === req.method.toUpperCase()))
      continue;
    if (pathMatch && !pathMatches(pathMatch, path)) continue;
    if (wanted && providerOf() !== wanted) continue;
    return {
      ruleId: rule.id,
      ruleName: rule.name?.trim() || rule.id,
      status: rule.status,
      headers: rule.headers.map(([n, v]) => [n, v]),
      body:
        rule.bodyBase64 !== undefined
          ? Buffer.from(rule.bodyBase64, 'base64')
          : Buffer.from(rule.body ?? '', 'utf8'),
      delayMs: Math.min(Math.max(0, rule.delayMs), MAX_RULE_DELAY_MS),
      drop: rule.drop,
    };
  }
  return null;
}

function pathMatches(match: { mode: 'prefix' | 'glob' | 'exact'; value: string }, path: string): boolean {
  switch (match.mode) {
    case 'prefix':
      return path.startsWith(match.value);
    case 'exact':
      return path === match.value;
    case 'glob':
      return globToRegExp(match.value).test(path);
  }
}

export type RulesValidation = { ok: true; rules: ResponseRule[] } | { ok: false; problems: string[] };

/**
 * Validate rules from any source (API input, the config file). Beyond the schema (status 100-599,
 * delay ≤ 60 s): unique ids, not both body and bodyBase64, headers the receiver must own, and a 1xx
 * status that Node cannot send as a final answer.
 */
export function validateResponseRules(input: unknown): RulesValidation {
  const parsed = responseRuleSchema.array().max(100).safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'rules'}: ${i.message}`),
    };
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, rule] of parsed.data.entries()) {
    const where = `rules.${index} (${rule.id})`;
    if (seen.has(rule.id)) problems.push(`${where}: duplicate id`);
    seen.add(rule.id);
    if (rule.body !== undefined && rule.bodyBase64 !== undefined)
      problems.push(`${where}: give body or bodyBase64, not both`);
    if (rule.status < 200 && !rule.drop)
      problems.push(`${where}: status ${rule.status} is informational; a final answer needs 200-599`);
    for (const [name] of rule.headers) {
      // The receiver frames the answer itself; a rule that set these could desynchronise the connection.
      if (/^(content-length|transfer-encoding|connection)$/i.test(name))
        problems.push(`${where}: header ${name} is set by the receiver`);
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
        problems.push(`${where}: "${name}" is not a valid header name`);
    }
    for (const [, value] of rule.headers) {
      if (/[\r\n\0]/.test(value)) problems.push(`${where}: header values cannot contain line breaks`);
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, rules: parsed.data };
}
