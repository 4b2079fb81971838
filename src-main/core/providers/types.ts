// One provider as one unit: everything Hookscope knows about a sender in a single object, so adding
// a provider is one folder plus one line in `registry.ts`. Every field is required (parts a provider
// lacks are stated with a reason or `null`), so the compiler points at anything forgotten.
import type { SecretKind } from '@shared/provider-types';
import type { DecoderName } from '../decoders/payloads/types';
import type { Signer } from '../replay/resign/types';
import type { EventTemplate } from '../replay/templates/types';
import type { RequestView, SignatureVerification } from '../signatures/types';

export type { SecretKind };

/** A payload decoder's name ("whatsapp-cloud", "stripe-event"…): a format a provider's deliveries carry. */
export type PayloadFamily = DecoderName;

/** A request as the receiver holds it before answering (nothing decoded yet). */
export interface ReceiverHandshakeRequest {
  /** Upper case. */
  method: string;
  /** Path plus query, as on the request line. */
  path: string;
  /** The query string parsed once, on first call (most requests never need it). */
  query(): URLSearchParams;
  headers: readonly [string, string][];
  body: Buffer;
}

/** What the user configured that a handshake answer depends on. */
export interface ReceiverHandshakeSettings {
  /** The verify token configured for this provider (Meta's hub.verify_token); null = not configured. */
  verifyToken: string | null;
  /**
   * The provider's stored secrets, primary first, read only when called (a hook that checks a
   * signature before answering, like Xero's intent-to-receive, asks; the rest never touch them).
   */
  secrets(): readonly string[];
}

/** The receiver's own answer to a handshake (instead of the default 200 acknowledgement). */
export interface ReceiverAnswer {
  status: number;
  body: string;
  contentType: string;
  /** Headers the provider expects echoed besides Content-Type (Asana's X-Hook-Secret). */
  headers?: readonly [string, string][];
  /** Stored with the capture, e.g. "Meta handshake: verify token matched, challenge answered". */
  note: string;
}

/**
 * How the receiver answers a provider's URL check by itself (e.g. Meta's GET `?hub.challenge=`
 * echo, or a JSON `challenge` echo). The capture is stored as a `handshake`.
 */
export interface ReceiverHandshake {
  /** Methods the hook looks at; the receiver never calls it for others (keeps POSTs cheap). */
  methods: readonly string[];
  /** Only looked at when the path has a query string (GET challenges). */
  needsQuery: boolean;
  answer(req: ReceiverHandshakeRequest, settings: ReceiverHandshakeSettings): ReceiverAnswer | null;
}

/** Re-signing for replays and test events, or the reason it is impossible. */
export type Resigning = { signer: Signer } | { refusal: string };

/** Sample events for compose / test events, or why there are none. */
export type Composing = { templates: readonly EventTemplate[] } | { noTemplates: string };

export interface ProviderDefinition {
  /** Stable id (lowercase, dashes): stored with secrets, overrides and captures. */
  id: string;
  /** Display name, e.g. "Stripe". */
  name: string;
  /**
   * Where this scheme was confirmed: the provider's own documentation page or its official SDK's
   * source (a URL, shown in docs/providers.md), so anyone can re-check the facts the definition
   * states. null = no source recorded (Hookscope's own generic scheme).
   */
  reference: string | null;
  secretKind: SecretKind;
  /** Where the user finds the value to paste (and what it is not). */
  secretHint: string;
  /** Confidence 0..100 that a request comes from this provider (0 = no); the highest wins. */
  detect(view: RequestView): number;
  /**
   * How signatures are read and verified, and which requests are handshakes (verdict
   * `handshake`) rather than signed deliveries.
   */
  verification: SignatureVerification;
  /** What the receiver answers by itself for this provider's URL checks; null = nothing special. */
  receiverHandshake: ReceiverHandshake | null;
  resign: Resigning;
  compose: Composing;
  /** Payload families this provider signs (its deliveries decode as these); may be empty. */
  payloadFamilies: readonly PayloadFamily[];
}
