// Form inputs hold text; the contract's rules are about the values the API takes (numbers in bytes,
// null for "not set"). These turn a text field into that value by running the contract's own rule,
// so a form never restates a rule: it only says how its text maps to the API's value.
import { z } from 'zod';

type Ctx = z.RefinementCtx;

/** Runs `rule` on `value`; its issues are reported under `path` (the form field that holds it). */
export function parseAt<T>(rule: z.ZodType<T>, value: unknown, ctx: Ctx, path: PropertyKey[] = []): T {
  const result = rule.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: [...path, ...issue.path] });
  }
  return z.NEVER;
}

/**
 * Text checked by `rule` (the contract's messages are shown), trimmed unless `trim: false`.
 * `empty` is what an empty field means (null: "not set", undefined: left out); without it an empty
 * field goes to the rule like any text.
 */
export function textField<T, E = never>(
  rule: z.ZodType<T>,
  options: { empty?: E; trim?: boolean } = {},
): z.ZodType<T | E, string> {
  return z.string().transform((text, ctx) => {
    const value = options.trim === false ? text : text.trim();
    if (value === '' && 'empty' in options) return options.empty as E;
    return parseAt(rule, value, ctx);
  });
}

/**
 * A number typed in the form's unit (`scale` API units per form unit, e.g. 1 MB = 1048576 bytes),
 * checked by the contract's rule. `message` states the range in the form's unit, which the
 * contract's message (in API units) cannot. An empty optional field is undefined.
 */
export function numberField(
  rule: z.ZodType<number>,
  message: string,
  options: { scale?: number; optional: true },
): z.ZodType<number | undefined, string>;
export function numberField(
  rule: z.ZodType<number>,
  message: string,
  options?: { scale?: number; optional?: false },
): z.ZodType<number, string>;
export function numberField(
  rule: z.ZodType<number>,
  message: string,
  options: { scale?: number; optional?: boolean } = {},
): z.ZodType<number | undefined, string> {
  const scale = options.scale ?? 1;
  return z.string().transform((text, ctx) => {
    const value = text.trim();
    if (value === '' && options.optional) return undefined;
    const typed = value === '' ? Number.NaN : Number(value);
    // Whole units stay exact; a scaled value (0.5 MB) becomes whole API units.
    const n = scale === 1 ? typed : Math.round(typed * scale);
    if (Number.isFinite(n) && rule.safeParse(n).success) return n;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
}
