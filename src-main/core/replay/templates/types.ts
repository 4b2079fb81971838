// A sample event: what a provider sends, with fresh ids and times each time it is built. Signing
// happens afterwards (compose-event.ts), so an edited body is signed as edited.

export interface TemplateContext {
  nowUnix: number;
  /** Random hex of `bytes` bytes, for message ids and delivery ids. */
  hex: (bytes: number) => string;
}

export interface EventTemplate {
  id: string;
  /** Signature provider id whose secret signs it. */
  provider: string;
  name: string;
  description: string;
  method: string;
  path: string;
  contentType: string;
  /** Headers besides the signature (which the signer adds), and the body text. */
  build(ctx: TemplateContext): { headers: [string, string][]; body: string };
  /** Signer variant, e.g. WaSphere "seed" vs "v1". */
  signFormat?: string;
}

export const json = (value: unknown): string => JSON.stringify(value);
