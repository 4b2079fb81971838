// The response rules as a form: what each rule's editor holds (text, as typed) and how it becomes the
// setResponseRules input. The rules are the contract's (responseRuleSchema): a status, a delay, a
// method or a header the API would refuse is refused under its field, in the API's words; only the
// form's units (seconds) and "empty means any / none" are decided here.
import { z } from 'zod';
import { responseRuleSchema, setResponseRulesInput, type ResponseRule } from '@shared/replay-types';
import { headerRows, rowsToPairs, type HeaderRow } from './header-rows';
import { numberField, parseAt, textField } from './text-fields';

export type PathMode = 'prefix' | 'glob' | 'exact';

export interface RuleFormValues {
  /** The rule's id (not `id`: react-hook-form's field arrays keep their own `id` per row). */
  ruleId: string;
  enabled: boolean;
  name: string;
  /** "POST, PUT": any of these; empty: any method. */
  methods: string;
  pathMode: PathMode;
  /** Empty: any path. */
  path: string;
  provider: string;
  status: string;
  delaySeconds: string;
  drop: boolean;
  headers: HeaderRow[];
  body: string;
  /** A binary body set through the API: kept as it is (the form edits text bodies only). */
  bodyBase64: string | null;
  /** Why start-up disabled the rule; cleared by the API when it is saved enabled. */
  disabledReason: string | null;
}

export interface RulesFormValues {
  rules: RuleFormValues[];
}

const rule = responseRuleSchema.shape;
const match = rule.match.unwrap().shape;
const methodsRule = match.methods.unwrap();
const pathValueRule = match.path.unwrap().shape.value;
const maxDelayMs = rule.delayMs.unwrap();

/** Methods as typed (commas or spaces between them), each checked by the contract's method rule. */
const methodsField = z.string().transform((text, ctx) => {
  const list = text
    .split(/[\s,]+/)
    .map((m) => m.toUpperCase())
    .filter(Boolean);
  if (list.length === 0) return undefined;
  const checked = methodsRule.safeParse(list);
  if (checked.success) return checked.data;
  // One message for the field, naming the method it is about.
  const issue = checked.error.issues[0]!;
  const at = typeof issue.path[0] === 'number' ? `${list[issue.path[0]]}: ` : '';
  ctx.addIssue({ code: 'custom', message: `${at}${issue.message}` });
  return z.NEVER;
});

export const ruleForm: z.ZodType<ResponseRule, RuleFormValues> = z
  .object({
    ruleId: z.string(),
    enabled: z.boolean(),
    name: textField(rule.name.unwrap(), { empty: undefined }),
    methods: methodsField,
    pathMode: z.enum(['prefix', 'glob', 'exact']),
    path: textField(pathValueRule, { empty: undefined }),
    provider: textField(match.provider.unwrap(), { empty: undefined }),
    status: numberField(rule.status, 'A status from 100 to 599'),
    delaySeconds: numberField(maxDelayMs, 'From 0 to 60 seconds', { scale: 1000 }),
    drop: z.boolean(),
    headers: z.array(z.object({ key: z.number(), name: z.string(), value: z.string() })),
    body: z.string(),
    bodyBase64: z.string().nullable(),
    disabledReason: z.string().nullable(),
  })
  .transform((v, ctx): ResponseRule => {
    const headers = parseAt(rule.headers.unwrap(), rowsToPairs(v.headers), ctx, ['headers']);
    const body =
      v.bodyBase64 !== null || v.body === '' ? undefined : parseAt(rule.body.unwrap(), v.body, ctx, ['body']);
    return {
      id: v.ruleId,
      enabled: v.enabled,
      ...(v.name !== undefined && { name: v.name }),
      match: {
        ...(v.methods !== undefined && { methods: v.methods }),
        ...(v.path !== undefined && { path: { mode: v.pathMode, value: v.path } }),
        ...(v.provider !== undefined && { provider: v.provider }),
      },
      status: v.status,
      headers,
      ...(body !== undefined && { body }),
      ...(v.bodyBase64 !== null && { bodyBase64: v.bodyBase64 }),
      delayMs: v.delaySeconds,
      drop: v.drop,
      ...(v.disabledReason !== null && { disabledReason: v.disabledReason }),
    };
  });

/** Every rule checked on its fields, then the list as a whole by the API's own schema. */
export const rulesForm: z.ZodType<{ rules: ResponseRule[] }, RulesFormValues> = z
  .object({ rules: z.array(ruleForm) })
  .transform((v, ctx) => parseAt(setResponseRulesInput, v, ctx));

export function ruleValues(r: ResponseRule): RuleFormValues {
  return {
    ruleId: r.id,
    enabled: r.enabled,
    name: r.name ?? '',
    methods: (r.match.methods ?? []).join(', '),
    pathMode: r.match.path?.mode ?? 'prefix',
    path: r.match.path?.value ?? '',
    provider: r.match.provider ?? '',
    status: String(r.status),
    delaySeconds: String(r.delayMs / 1000),
    drop: r.drop,
    headers: headerRows(r.headers),
    body: r.body ?? '',
    bodyBase64: r.body === undefined ? (r.bodyBase64 ?? null) : null,
    disabledReason: r.disabledReason ?? null,
  };
}

export const rulesValues = (rules: readonly ResponseRule[]): RulesFormValues => ({
  rules: rules.map(ruleValues),
});
