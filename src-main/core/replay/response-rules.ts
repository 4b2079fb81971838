// Custom responses: which answer the receiver gives instead of its default "200 after storing".
// Pure: the receiver asks `decideResponse` after the request is read and stores the capture with
// the decided status before waiting or answering, so "acknowledged means stored" still holds and
// the capture shows what the provider actually got (including "dropped").
import { MAX_RULE_DELAY_MS, responseRuleSchema, type ResponseRule } from '@shared/replay-types';
import { validateHeaderName, validateHeaderValue } from 'node:http';
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
 * Validate rules from the API. Beyond the schema (status 100-599, delay ≤ 60 s): unique ids, not
 * both body and bodyBase64, headers the receiver must own, header names and values Node would
 * refuse to send (checked with Node's own rules, so a saved rule can never make answering throw),
 * and a 1xx status that Node cannot send as a final answer.
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
    for (const problem of ruleProblems(rule)) problems.push(`${where}: ${problem}`);
  }
  if (problems.length) return { ok: false, problems };
  // A rule the user saves again is theirs to enable: an old "disabled because" note no longer applies.
  return {
    ok: true,
    rules: parsed.data.map((rule) => {
      if (!rule.enabled || rule.disabledReason === undefined) return rule;
      const { disabledReason: _gone, ...rest } = rule;
      return rest;
    }),
  };
}

/**
 * Rules read from replay.json at start-up. A rule that is no longer valid (edited by hand, or
 * saved by a version that checked less) is kept but disabled, with the reason on the rule and in
 * `notes`, instead of crashing the first request it matches or dropping every rule.
 */
export function loadResponseRules(input: unknown): { rules: ResponseRule[]; notes: string[] } {
  if (input === undefined) return { rules: [], notes: [] };
  if (!Array.isArray(input)) return { rules: [], notes: ['responseRules is not a list; no rules loaded'] };
  const rules: ResponseRule[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const [index, item] of input.slice(0, 100).entries()) {
    const parsed = responseRuleSchema.safeParse(item);
    if (!parsed.success) {
      notes.push(`rule ${index + 1} was unreadable and is left out: ${parsed.error.issues[0]?.message}`);
      continue;
    }
    const rule = parsed.data;
    if (seen.has(rule.id)) {
      notes.push(`rule ${index + 1} (${rule.id}) repeats an id and is left out`);
      continue;
    }
    seen.add(rule.id);
    const problems = ruleProblems(rule);
    if (problems.length > 0 && rule.enabled) {
      const reason = problems.join('; ');
      notes.push(`rule "${rule.name?.trim() || rule.id}" was disabled: ${reason}`);
      rules.push({ ...rule, enabled: false, disabledReason: reason });
    } else {
      rules.push(rule);
    }
  }
  return { rules, notes };
}

function ruleProblems(rule: ResponseRule): string[] {
  const problems: string[] = [];
  if (rule.body !== undefined && rule.bodyBase64 !== undefined)
    problems.push('give body or bodyBase64, not both');
  if (rule.status < 200 && !rule.drop)
    problems.push(`status ${rule.status} is informational; a final answer needs 200-599`);
  for (const [name, value] of rule.headers) {
    // The receiver frames the answer itself; a rule that set these could desynchronise the connection.
    if (/^(content-length|transfer-encoding|connection)$/i.test(name)) {
      problems.push(`header ${name} is set by the receiver`);
      continue;
    }
    try {
      validateHeaderName(name);
    } catch {
      problems.push(
        `"${printable(name)}" is not a valid header name (letters, digits and !#$%&'*+.^_\`|~- only)`,
      );
      continue;
    }
    try {
      validateHeaderValue(name, value);
    } catch {
      problems.push(
        `the value of ${name} has characters HTTP headers cannot carry (line breaks, control characters or non-Latin-1 text such as "${printable(firstBadChar(value))}")`,
      );
    }
  }
  return problems;
}

function firstBadChar(value: string): string {
  return /[^\t\x20-\x7e\x80-\xff]/.exec(value)?.[0] ?? value.slice(0, 20);
}

/** Control characters shown as \uXXXX so the message itself stays one readable line. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
