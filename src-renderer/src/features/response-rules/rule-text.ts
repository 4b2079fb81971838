// Words for a response rule (its one-line summary in the list) and the presets.
import { MAX_RULE_DELAY_MS, type ResponseRule } from '@shared/replay-types';

export function newRuleId(): string {
  return `rule-${Math.random().toString(36).slice(2, 8)}`;
}

export function blankRule(): ResponseRule {
  return {
    id: newRuleId(),
    enabled: true,
    name: '',
    match: {},
    status: 200,
    headers: [],
    delayMs: 0,
    drop: false,
  };
}

export interface RulePreset {
  key: string;
  label: string;
  rule: () => ResponseRule;
}

export const rulePresets: RulePreset[] = [
  {
    key: 'meta-500',
    label: "Answer 500 to see Meta's retries",
    rule: () => ({
      ...blankRule(),
      name: 'Meta: answer 500 to see its retries',
      match: { provider: 'meta' },
      status: 500,
      headers: [['Content-Type', 'text/plain']],
      body: 'Simulated failure (Hookscope response rule)',
    }),
  },
  {
    key: 'timeout-30',
    label: 'Time out after 30 s',
    rule: () => ({
      ...blankRule(),
      name: 'Time out after 30 s',
      status: 504,
      delayMs: 30_000,
      drop: true,
    }),
  },
  {
    key: 'any-503',
    label: 'Answer 503 Service Unavailable',
    rule: () => ({
      ...blankRule(),
      name: 'Answer 503 to every request',
      status: 503,
      headers: [['Retry-After', '60']],
    }),
  },
];

export function matchSummary(rule: ResponseRule): string {
  const parts: string[] = [];
  if (rule.match.methods?.length) parts.push(rule.match.methods.join('/'));
  if (rule.match.path) {
    const { mode, value } = rule.match.path;
    parts.push(
      mode === 'prefix'
        ? `path starts with ${value}`
        : mode === 'exact'
          ? `path is ${value}`
          : `path matches ${value}`,
    );
  }
  if (rule.match.provider) parts.push(`from ${rule.match.provider}`);
  return parts.length ? parts.join(' · ') : 'every request';
}

export function answerSummary(rule: ResponseRule): string {
  const wait = rule.delayMs > 0 ? `after ${formatDelay(rule.delayMs)}` : '';
  if (rule.drop) return `drop the connection${wait ? ` ${wait}` : ''}`;
  return `answer ${rule.status}${wait ? ` ${wait}` : ''}`;
}

export function formatDelay(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

export const maxDelaySeconds = MAX_RULE_DELAY_MS / 1000;
