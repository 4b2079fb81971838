// "Verify a pasted request" as a form: what it holds (text, as pasted) and how it becomes the
// verifyRequest input. Reading the paste (header lines, base64, a date) is model/pasted-request.ts;
// what the API refuses is verifyRequestInput's to say, and its message lands on the field the value
// came from.
import { z } from 'zod';
import { verifyRequestInput, type VerifyRequestInput } from '@shared/signature-types';
import { bodyToBase64, parseHeaderText, parseNow } from './pasted-request';

export interface VerifyFormValues {
  method: string;
  /** As the provider called it; empty: the pasted request line's target, else "/". */
  url: string;
  /** Empty: detect from the headers. */
  provider: string;
  headersText: string;
  bodyText: string;
  bodyMode: 'text' | 'base64';
  /** Unix seconds or a date; empty: now. */
  nowText: string;
  /** Secrets to try instead of the stored ones (empty fields are skipped). */
  secrets: { value: string }[];
}

export const emptyVerifyForm: VerifyFormValues = {
  method: 'POST',
  url: '',
  provider: '',
  headersText: '',
  bodyText: '',
  bodyMode: 'text',
  nowText: '',
  secrets: [{ value: '' }],
};

/** The form field an API input field comes from. */
const fieldOf: Record<keyof VerifyRequestInput, string> = {
  method: 'method',
  url: 'url',
  provider: 'provider',
  headers: 'headersText',
  bodyBase64: 'bodyText',
  now: 'nowText',
  secrets: 'secrets',
  generic: 'provider',
};

export const verifyForm: z.ZodType<VerifyRequestInput, VerifyFormValues> = z
  .object({
    method: z.string(),
    url: z.string(),
    provider: z.string(),
    headersText: z.string(),
    bodyText: z.string(),
    bodyMode: z.enum(['text', 'base64']),
    nowText: z.string(),
    secrets: z.array(z.object({ value: z.string() })),
  })
  .transform((v, ctx) => {
    const pasted = parseHeaderText(v.headersText);
    const body = bodyToBase64(v.bodyText, v.bodyMode);
    const now = parseNow(v.nowText);
    if (pasted.errors.length)
      ctx.addIssue({ code: 'custom', path: ['headersText'], message: pasted.errors[0]! });
    if (!body.ok) ctx.addIssue({ code: 'custom', path: ['bodyText'], message: body.error });
    if (!now.ok) ctx.addIssue({ code: 'custom', path: ['nowText'], message: now.error });
    if (pasted.errors.length || !body.ok || !now.ok) return z.NEVER;

    const secrets = v.secrets.map((s) => s.value).filter((s) => s !== '');
    const input = {
      // A pasted request line names the method and target the provider used.
      method: (pasted.method ?? v.method).toUpperCase(),
      url: v.url.trim() || pasted.target || '/',
      headers: pasted.headers,
      bodyBase64: body.base64,
      ...(v.provider ? { provider: v.provider } : {}),
      ...(secrets.length ? { secrets } : {}),
      ...(now.unix !== undefined ? { now: now.unix } : {}),
    };
    const checked = verifyRequestInput.safeParse(input);
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) {
      const [first, index] = issue.path;
      const field = fieldOf[first as keyof VerifyRequestInput] ?? 'root';
      // A secret's message goes on that secret's field.
      const path = field === 'secrets' && typeof index === 'number' ? ['secrets', index, 'value'] : [field];
      ctx.addIssue({ code: 'custom', path, message: issue.message });
    }
    return z.NEVER;
  });
