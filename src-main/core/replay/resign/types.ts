// Vocabulary of re-signing: a request about to be sent, and what a signer changes on it.
import type { GenericHmacConfig } from '@shared/signature-types';

export interface SignableRequest {
  method: string;
  /** The full URL the request goes to (Twilio and Square sign it). */
  url: string;
  headers: [string, string][];
  body: Buffer;
}

export interface SignerContext {
  /** Secret text as stored (each scheme derives its key from it). */
  secret: string;
  /**
   * The next stored secret after `secret`, if any: schemes that send one signature per key (Box's
   * primary and secondary headers) sign the second header with it.
   */
  nextSecret?: string;
  /** Unix seconds for schemes with a timestamp. */
  nowUnix: number;
  /** Fresh ids for schemes that sign one (Standard Webhooks `webhook-id` when absent). */
  newId: () => string;
  /** The URL the handler verifies against, when it differs from `url` (behind a tunnel). */
  signingUrl?: string;
  generic?: GenericHmacConfig;
  /** WaSphere: "v1" (real deliveries) or "seed" (the guide's format). Default: as on the request, else v1. */
  format?: string;
}

export interface SignerOutput {
  headers: [string, string][];
  /** Changed when the scheme puts body data in the URL (Twilio bodySHA256). */
  url: string;
  headersSet: string[];
  timestamp: number | null;
  signedUrl: string | null;
}

export type Signer = (req: SignableRequest, ctx: SignerContext) => SignerOutput | { problem: string };
