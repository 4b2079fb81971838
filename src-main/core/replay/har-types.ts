// The subset of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) Hookscope writes and reads.
// `encoding: "base64"` on postData mirrors the spec's content.encoding; HAR readers ignore unknown
// fields, and Hookscope's importer also accepts the underscore spelling some tools use.
import { z } from 'zod';

const nameValue = z.object({ name: z.string(), value: z.string() }).passthrough();

export const harEntrySchema = z
  .object({
    startedDateTime: z.string().optional(),
    request: z
      .object({
        method: z.string().min(1).max(64),
        url: z.string().min(1),
        httpVersion: z.string().optional(),
        headers: z.array(nameValue).default([]),
        bodySize: z.number().optional(),
        postData: z
          .object({
            mimeType: z.string().optional(),
            text: z.string().optional(),
            encoding: z.string().optional(),
            _encoding: z.string().optional(),
            params: z
              .array(z.object({ name: z.string(), value: z.string().optional() }).passthrough())
              .optional(),
          })
          .passthrough()
          .optional(),
      })
      .passthrough(),
    response: z
      .object({
        status: z.number().int().optional(),
        headers: z.array(nameValue).default([]),
        content: z
          .object({
            size: z.number().optional(),
            mimeType: z.string().optional(),
            text: z.string().optional(),
            encoding: z.string().optional(),
          })
          .passthrough()
          .optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

export const harSchema = z
  .object({ log: z.object({ entries: z.array(z.unknown()) }).passthrough() })
  .passthrough();

export type HarEntryIn = z.infer<typeof harEntrySchema>;
