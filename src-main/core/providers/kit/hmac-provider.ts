// A declarative builder for the most common kind of provider: "HMAC-<alg> over <template>, in
// header <H>, encoded <enc>". A provider of that kind states its facts (headers, layout, template,
// timestamp rule, detection) and gets its detection, its reading for the verifier and its re-signer
// from here, so its folder stays a few lines. Anything irregular (signatures in the body, canonical
// requests, tokens) is written by hand beside it instead of growing this file.
import type { EventTemplate } from '../../replay/templates/types';
import {
  contextFor,
  hmacScheme,
  parseKeyValueList,
  splitLabel,
  stripKnownLabels,
} from '../../signatures/provider-kit';
import { timestampRule, type WindowSpec } from '../../signatures/timestamp';
import type {
  DigestEncoding,
  EntryDraft,
  HashAlgorithm,
  KeyDerivation,
  ParsedSignature,
  ReadResult,
  RequestView,
  SignatureVerification,
} from '../../signatures/types';
import type { PayloadFamily, ProviderDefinition, ReceiverHandshake } from '../types';
import { templateSigner } from './template-signer';

/** The header value is `<prefix><digest>` (prefix such as "sha256=", or none). */
export interface BareLayout {
  kind: 'bare';
  prefix?: string;
}

/** The header value is a key=value list such as `t=<ts>,v1=<digest>[,v1=<digest>]`. */
export interface ListLayout {
  kind: 'list';
  /** Separator between pairs (default ","). */
  separator?: string;
  /** Key of the digest entries; repeated keys are several signatures (rotation). */
  signatureKey: string;
  /** Key of the timestamp inside the list, when it travels there. */
  timestampKey?: string;
}

export interface TimestampSpec extends WindowSpec {
  /** Header holding it; omit when it travels in the signature list (`ListLayout.timestampKey`). */
  header?: string;
}

export interface HmacProviderSpec {
  id: string;
  name: string;
  /** The provider's documentation or SDK source the facts below come from (ProviderDefinition.reference). */
  reference: string | null;
  secretHint: string;
  /** Signature header(s) as documented; several = one entry per header present (rotation keys). */
  headers: readonly [string, ...string[]];
  /**
   * The sender fills every one of `headers`, each with its own key (Box: primary and secondary), so
   * a re-signed request carries them all: the first with the signing secret, the next with the next
   * stored secret (or the same one when only one is stored). Default: only the header present.
   */
  signsEveryHeader?: boolean;
  layout: BareLayout | ListLayout;
  algorithm: HashAlgorithm;
  encoding: DigestEncoding;
  /** Signed content: {body} {timestamp} {id} {url} {method} {header:Name}. */
  template: string;
  /** How the stored secret becomes key bytes (default: its text as is). */
  key?: KeyDerivation;
  timestamp?: TimestampSpec;
  /** Header whose value `{id}` stands for. */
  idHeader?: string;
  /** Shown in the report, e.g. "Typeform: sha256=<base64> over the body". */
  formatLabel: string;
  /**
   * Confidence the request is this provider's. Default: 95 when any of `headers` (or
   * `detectHeaders`) is present.
   */
  detect?: (view: RequestView) => number;
  /** Extra headers that identify the sender even when the signature header is missing. */
  detectHeaders?: readonly string[];
  compose: { templates: readonly EventTemplate[] } | { noTemplates: string };
  /** Signed handshakes (Twitch's callback verification…): recognised, then verified like the rest. */
  handshake?: SignatureVerification['handshake'];
  receiverHandshake?: ReceiverHandshake | null;
  payloadFamilies?: readonly PayloadFamily[];
  /** Remarks about a particular request (e.g. "this is a test delivery"). */
  warnings?: (view: RequestView) => string[];
}

function digestOf(layout: BareLayout, value: string): { digest: string; ok: boolean } {
  const prefix = layout.prefix ?? '';
  if (!prefix) return { digest: value.trim(), ok: true };
  if (value.trim().toLowerCase().startsWith(prefix.toLowerCase())) {
    return { digest: value.trim().slice(prefix.length).trim(), ok: true };
  }
  return { digest: splitLabel(value)?.digest ?? stripKnownLabels(value), ok: false };
}

function buildRead(spec: HmacProviderSpec) {
  const scheme = hmacScheme(spec.algorithm, spec.encoding, spec.template, spec.key ?? 'raw');
  const ts = spec.timestamp;
  const list = spec.layout.kind === 'list' ? spec.layout : null;
  const bare = spec.layout.kind === 'bare' ? spec.layout : null;

  return (view: RequestView): ReadResult => {
    const present = spec.headers.filter((h) => view.headers.has(h));
    const first = present[0];
    if (first === undefined) {
      return { kind: 'missing', headersTried: [...spec.headers], warnings: spec.warnings?.(view) ?? [] };
    }
    const header = view.headers.nameOf(first) ?? first;
    const received = present.map((h) => view.headers.get(h) ?? '').join(present.length > 1 ? '\n' : '');
    let problem: string | null = null;
    let entries: EntryDraft[];
    let timestampRaw: string | null = ts?.header ? view.headers.get(ts.header) : null;
    let timestampSource = ts?.header ? (view.headers.nameOf(ts.header) ?? ts.header) : '';

    if (list) {
      const fields = parseKeyValueList(received, list.separator ?? ',');
      entries = fields
        .filter(([k]) => k !== list.timestampKey)
        .map(([k, v]) => ({ version: k, value: v, supported: k === list.signatureKey }));
      if (list.timestampKey) {
        timestampRaw = fields.find(([k]) => k === list.timestampKey)?.[1] ?? null;
        timestampSource = `${header} ${list.timestampKey}=`;
        if (timestampRaw === null) problem = `no ${list.timestampKey}=<timestamp> field`;
      }
      if (!entries.some((e) => e.supported)) {
        problem ??= `no ${list.signatureKey}=<signature> entry`;
        entries = [{ version: list.signatureKey, value: stripKnownLabels(received), supported: true }];
      }
    } else {
      entries = present.map((h) => {
        const { digest, ok } = digestOf(bare ?? { kind: 'bare' }, view.headers.get(h) ?? '');
        if (!ok) problem ??= `expected "${bare?.prefix ?? ''}<signature>"`;
        return {
          version: present.length > 1 ? (view.headers.nameOf(h) ?? h) : '',
          value: digest,
          supported: true,
        };
      });
    }

    const parsed: ParsedSignature = {
      kind: 'signature',
      header,
      received,
      entries,
      scheme,
      format: { id: spec.id, label: spec.formatLabel },
      contexts: [
        contextFor(view, {
          timestamp: timestampRaw,
          id: spec.idHeader ? view.headers.get(spec.idHeader) : null,
        }),
      ],
      timestamp: ts ? timestampRule(timestampRaw ?? '', timestampSource, ts) : null,
      formatComputed: (d) => (list ? `${list.signatureKey}=${d}` : `${bare?.prefix ?? ''}${d}`),
      warnings: spec.warnings?.(view) ?? [],
    };
    if (problem !== null) return { kind: 'malformed', header, received, problem, fallback: parsed };
    return parsed;
  };
}

/** The whole provider definition from its facts. */
export function hmacProvider(spec: HmacProviderSpec): ProviderDefinition {
  const detectOn = [...spec.headers, ...(spec.detectHeaders ?? [])];
  const verification: SignatureVerification = { read: buildRead(spec) };
  if (spec.handshake) verification.handshake = spec.handshake;
  return {
    id: spec.id,
    name: spec.name,
    reference: spec.reference,
    secretKind: 'shared-secret',
    secretHint: spec.secretHint,
    detect: spec.detect ?? ((view) => (detectOn.some((h) => view.headers.has(h)) ? 95 : 0)),
    verification,
    receiverHandshake: spec.receiverHandshake ?? null,
    resign: { signer: templateSigner(spec) },
    compose: spec.compose,
    payloadFamilies: spec.payloadFamilies ?? [],
  };
}
