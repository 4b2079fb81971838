// Compose a test event, as a form: what it holds (the template, the secret, where to send, the body
// and headers as edited) and how it becomes composeEvent's input. The rules are composeEvent's own
// (template id, base URL, body and header overrides), so the form refuses what the API would, in
// its words. The composition underneath changes (every edit is recomposed and re-signed), so the
// form also says which composition its body and headers were edited from.
import { z } from 'zod';
import { composeEventInput, type ComposeEventInput, type ComposedEvent } from '@shared/replay-types';
import { headerOverrides } from './composed-headers';
import type { HeaderRow } from './header-rows';
import { parseAt, textField } from './text-fields';

export interface ComposeFormValues {
  template: string;
  /** Empty: the provider's primary secret. */
  secretLabel: string;
  dest: 'receiver' | 'url';
  baseUrl: string;
  body: string;
  /** Whether the user typed in the body (else it follows the template as recomposed). */
  bodyEdited: boolean;
  headers: HeaderRow[];
  /** Keys of header rows the user changed or added (the rest follow each recomposition). */
  editedKeys: number[];
  /** The template and secret the body and headers were composed from (see `compositionKey`). */
  composedFrom: string | null;
}

/** Which composition a form's body and headers belong to: its template and secret. */
export const compositionKey = (v: Pick<ComposeFormValues, 'template' | 'secretLabel'>): string =>
  `${v.template}\u0000${v.secretLabel}`;

export const composeStart = (template: string): ComposeFormValues => ({
  template,
  secretLabel: '',
  dest: 'receiver',
  baseUrl: 'http://localhost:3000',
  body: '',
  bodyEdited: false,
  headers: [],
  editedKeys: [],
  composedFrom: null,
});

/** What the form asks for, checked: the composition's choices and the user's edits. */
export interface ComposeRequest {
  template: string;
  secretLabel?: string;
  baseUrl?: string;
  body: string;
  headers: [string, string][];
}

const rules = composeEventInput.shape;
const overrides = rules.overrides.unwrap().shape;

export const composeForm: z.ZodType<ComposeRequest, ComposeFormValues> = z
  .object({
    template: rules.template,
    secretLabel: z.string(),
    dest: z.enum(['receiver', 'url']),
    baseUrl: z.string(),
    body: z.string(),
    bodyEdited: z.boolean(),
    headers: z.array(z.object({ key: z.number(), name: z.string(), value: z.string() })),
    editedKeys: z.array(z.number()),
    composedFrom: z.string().nullable(),
  })
  .transform((v, ctx): ComposeRequest => {
    const baseUrl =
      v.dest === 'url'
        ? parseAt(
            textField(
              z.string().min(1, 'Enter a base URL, e.g. http://localhost:3000').pipe(rules.baseUrl.unwrap()),
            ),
            v.baseUrl,
            ctx,
            ['baseUrl'],
          )
        : undefined;
    const body = parseAt(overrides.body.unwrap(), v.body, ctx, ['body']);
    const headers = parseAt(
      overrides.headers.unwrap(),
      headerOverrides(v.headers, new Set(v.editedKeys)),
      ctx,
      ['headers'],
    );
    return {
      template: v.template,
      ...(v.secretLabel ? { secretLabel: v.secretLabel } : {}),
      ...(baseUrl !== undefined ? { baseUrl } : {}),
      body,
      headers,
    };
  });

/**
 * composeEvent's input for a request over `base` (the template as first composed, with the body as
 * shown): its stamp keeps ids and timestamps put, and only what differs from it is sent as overrides.
 */
export function composeInput(
  request: ComposeRequest,
  base: { stamp: ComposedEvent['stamp']; body: string } | null,
): ComposeEventInput {
  const input: ComposeEventInput = { template: request.template };
  if (request.secretLabel) input.secretLabel = request.secretLabel;
  if (request.baseUrl) input.baseUrl = request.baseUrl;
  if (!base) return input;
  input.stamp = base.stamp;
  const edits: NonNullable<ComposeEventInput['overrides']> = {};
  if (request.body !== base.body) edits.body = request.body;
  if (request.headers.length) edits.headers = request.headers;
  if (edits.body !== undefined || edits.headers) input.overrides = edits;
  return input;
}
