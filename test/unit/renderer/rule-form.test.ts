// The response-rule editor refuses what setResponseRules refuses, on the field the user typed in,
// and turns what it accepts into exactly the rules the API takes.
import { describe, expect, it } from 'vitest';
import { setResponseRulesInput, type ResponseRule } from '@shared/replay-types';
import {
  ruleForm,
  ruleValues,
  rulesForm,
  rulesValues,
  type RuleFormValues,
} from '../../../src-renderer/src/model/rule-form';
import { blankRule, rulePresets } from '../../../src-renderer/src/features/response-rules/rule-text';

/** The message shown on each field: its first issue, as the resolver shows it. */
function messages(values: RuleFormValues): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const issue of ruleForm.safeParse(values).error?.issues ?? [])
    shown[issue.path.join('.')] ??= issue.message;
  return shown;
}

const saved: ResponseRule = {
  id: 'rule-a',
  enabled: true,
  name: 'Meta: answer 500',
  match: { methods: ['POST', 'PUT'], path: { mode: 'glob', value: '/hooks/*' }, provider: 'meta' },
  status: 500,
  headers: [['Content-Type', 'text/plain']],
  body: 'Simulated failure',
  delayMs: 1500,
  drop: false,
};

describe('response rule form', () => {
  it('reads saved rules and gives them back unchanged (presets included)', () => {
    // A blank rule's empty name is saved as no name.
    const rules = [saved, { ...blankRule(), name: undefined }, ...rulePresets.map((p) => p.rule())];
    const parsed = rulesForm.parse(rulesValues(rules));
    expect(parsed.rules).toStrictEqual(rules.map(withoutUndefined));
    expect(setResponseRulesInput.safeParse(parsed).success).toBe(true);
  });

  it('reads the same rule as the same values (a form compares them by content)', () => {
    expect(ruleValues(saved)).toEqual(ruleValues(structuredClone(saved)));
  });

  it('takes methods as typed, in any case, and empty fields as "any"', () => {
    const values = { ...ruleValues(saved), methods: 'post  patch,', path: '', provider: '', name: ' ' };
    expect(ruleForm.parse(values)).toMatchObject({ match: { methods: ['POST', 'PATCH'] } });
    expect(ruleForm.parse(values).match).toEqual({ methods: ['POST', 'PATCH'] });
    expect(ruleForm.parse(values).name).toBeUndefined();
  });

  it('refuses a status, delay or method the API refuses, under its field', () => {
    expect(
      messages({ ...ruleValues(saved), status: '600', delaySeconds: '61', methods: 'POST, GE(T' }),
    ).toEqual({
      status: 'A status from 100 to 599',
      delaySeconds: 'From 0 to 60 seconds',
      methods: 'GE(T: A method is a token such as POST',
    });
    expect(messages({ ...ruleValues(saved), status: '' })).toEqual({ status: 'A status from 100 to 599' });
  });

  it('turns seconds into the milliseconds the API stores', () => {
    expect(ruleForm.parse({ ...ruleValues(saved), delaySeconds: '0.5' }).delayMs).toBe(500);
  });

  it('drops unfinished header rows and keeps a binary body set through the API', () => {
    const binary: ResponseRule = { ...saved, body: undefined, bodyBase64: 'AAEC' };
    const values = {
      ...ruleValues(binary),
      headers: [...ruleValues(binary).headers, { key: 7, name: ' ', value: 'x' }],
    };
    const parsed = ruleForm.parse(values);
    expect(parsed.headers).toEqual([['Content-Type', 'text/plain']]);
    expect(parsed.bodyBase64).toBe('AAEC');
    expect(parsed.body).toBeUndefined();
  });
});

/** A rule as the form gives it back: optional fields absent rather than undefined. */
function withoutUndefined(r: ResponseRule): ResponseRule {
  return JSON.parse(JSON.stringify(r)) as ResponseRule;
}
