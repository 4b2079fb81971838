// "Edit & replay" as a form: what it holds (text, as typed) and the contract's rules it is checked
// with (the method, path and target URL rules of replayCapture), so the dialog refuses what the API
// would, in the API's words. The body's encoding is checked where it is converted (body-codec).
import { z } from 'zod';
import { replayCaptureInput, requestEditsSchema } from '@shared/replay-types';
import type { HeaderRow } from './header-rows';
import { textField } from './text-fields';

export interface ReplayFormValues {
  dest: 'target' | 'url';
  url: string;
  appendPath: boolean;
  method: string;
  path: string;
  headers: HeaderRow[];
  asBase64: boolean;
  body: string;
  /** null until the user ticks or unticks: then it follows "can re-sign" once providers load. */
  resign: boolean | null;
  secretLabel: string;
}

/** A URL to send to: required, then the contract's http(s) rule. */
export const targetUrlField = textField(
  z
    .string()
    .min(1, 'Enter a URL, e.g. http://localhost:3000/webhook')
    .pipe(replayCaptureInput.shape.targetUrl.unwrap()),
);

export interface ReplayUrlValues {
  url: string;
  append: boolean;
}

/** One-click Replay's prompt when no forward target is set: a URL, and whether to append the path. */
export const replayUrlForm: z.ZodType<ReplayUrlValues, ReplayUrlValues> = z.object({
  url: targetUrlField,
  append: z.boolean(),
});

const edits = requestEditsSchema.shape;

const request = z.object({
  appendPath: z.boolean(),
  method: textField(edits.method.unwrap()),
  // Sent as typed: a path is compared byte for byte with the capture's.
  path: textField(edits.path.unwrap(), { trim: false }),
  headers: z.array(z.object({ key: z.number(), name: z.string(), value: z.string() })),
  asBase64: z.boolean(),
  body: z.string(),
  resign: z.boolean().nullable(),
  secretLabel: z.string(),
});

/** The URL is checked only when the user sends to one (not to a forward target). */
export const replayForm: z.ZodType<ReplayFormValues, ReplayFormValues> = z.discriminatedUnion('dest', [
  request.extend({ dest: z.literal('url'), url: targetUrlField }),
  request.extend({ dest: z.literal('target'), url: z.string() }),
]);
