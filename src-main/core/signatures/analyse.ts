// The main entry: provider → handshake? → locate and parse the signature → verify with every stored
// secret → judge the timestamp at capture time (and now) → diagnose failures → one report with the
// evidence. Pure: bytes and secrets in, a JSON-safe report out (never a secret value).
import type {
  HandshakeInfo,
  ProviderSource,
  SignatureDiagnosis,
  SignatureEntry,
  SignatureReason,
  SignatureReport,
  SignatureVerdict,
  SignedContentInfo,
  TimestampInfo,
} from '@shared/signature-types';
import { algorithmLabel, keyDerivationLabel, sha256Hex } from './crypto-utils';
import { diagnose } from './diagnosis/index';
import { headerView } from './headers';
import { detectProviderIn, providerName, providerSpec } from './registry';
import { tokenFindings } from './secret-patterns';
import { escapePreview } from './signed-content';
import { describeAge, describeWindow, judgeTimestamp } from './timestamp';
import type {
  AnalysisRequest,
  LabelledSecret,
  ParsedSignature,
  ProviderSpec,
  RequestView,
  SecretLookup,
} from './types';
import { verifyParsed, type VerifyOutcome } from './verify';

const SIGNATURE_HEADER_HINT = /signature|hmac|x-hub-|-sig$|webhook-token/i;

function emptyReport(verdict: SignatureVerdict, reason: SignatureReason, summary: string): SignatureReport {
  return {
    verdict,
    provider: null,
    providerName: null,
    providerSource: null,
    reason,
    summary,
    scheme: null,
    format: null,
    header: null,
    received: null,
    computed: null,
    matchedSecret: null,
    secretsTried: 0,
    entries: [],
    signedContent: null,
    timestamp: null,
    handshake: null,
    warnings: [],
    diagnosis: [],
  };
}

function signedContentInfo(content: Buffer, body: Buffer): SignedContentInfo {
  const { preview, truncated } = escapePreview(content);
  return {
    preview,
    previewTruncated: truncated,
    byteLength: content.length,
    bodyByteLength: body.length,
    bodySha256: sha256Hex(body),
  };
}

function schemeInfo(parsed: ParsedSignature): SignatureReport['scheme'] {
  const s = parsed.scheme;
  if (s.kind === 'hmac') {
    return {
      algorithm: algorithmLabel(s.algorithm),
      encoding: s.encoding,
      template: s.template,
      keyDerivation: keyDerivationLabel(s.keyDerivation),
    };
  }
  if (s.kind === 'check') {
    return {
      algorithm: s.algorithm,
      encoding: s.encoding,
      template: s.template,
      keyDerivation: s.keyDerivation,
    };
  }
  return {
    algorithm: s.kind === 'ed25519' ? 'Ed25519' : 'ECDSA P-256 SHA-256',
    encoding: s.encoding,
    template: s.template,
    keyDerivation: 'public key',
  };
}

function entriesOf(parsed: ParsedSignature, matchedIndex: number | null): SignatureEntry[] {
  return parsed.entries.map((e, index) => ({
    index,
    version: e.version,
    value: e.value,
    supported: e.supported,
    matched: index === matchedIndex,
  }));
}

function resolveProvider(view: RequestView): {
  spec: ProviderSpec | null;
  source: ProviderSource | null;
  warning?: string;
} {
  const override = view.req.provider;
  if (override) {
    const spec = providerSpec(override);
    if (spec) return { spec, source: view.req.providerSource ?? 'override' };
    const detected = detectProviderIn(view);
    return {
      spec: detected,
      source: detected ? 'detected' : null,
      warning: `Unknown provider override "${override}"; auto-detected instead.`,
    };
  }
  const spec = detectProviderIn(view);
  return { spec, source: spec ? 'detected' : null };
}

/** Judge one request. `secrets(providerId)` returns the stored secrets for a provider, primary first. */
export function analyseSignature(req: AnalysisRequest, secrets: SecretLookup): SignatureReport {
  const view: RequestView = {
    req,
    headers: headerView(req.headers),
    nowUnix: req.nowUnix ?? Date.now() / 1000,
  };
  const { spec, source, warning } = resolveProvider(view);

  if (!spec) {
    const report = emptyReport('unsigned', 'no-provider', 'No known webhook signature on this request.');
    const suspicious = req.headers.find(([name]) => SIGNATURE_HEADER_HINT.test(name));
    if (suspicious) {
      report.warnings.push(
        `Header ${suspicious[0]} looks like a signature from a sender Hookscope does not know: configure the generic HMAC preset for it.`,
      );
    }
    if (warning) report.warnings.push(warning);
    return report;
  }

  const name = providerName(spec.id);
  const stored = secrets(spec.id);
  const base = (verdict: SignatureVerdict, reason: SignatureReason, summary: string): SignatureReport => ({
    ...emptyReport(verdict, reason, summary),
    provider: spec.id,
    providerName: name,
    providerSource: source,
    secretsTried: stored.length,
    warnings: warning ? [warning] : [],
  });

  // Flag API/access tokens before any hashing: they can never verify.
  const tokenWarnings = tokenFindings(spec.id, stored).map(
    (f) => `The secret "${f.label}" looks like ${f.kind}, not a webhook signing secret.`,
  );

  const handshake = spec.handshake?.(view, stored) ?? null;
  const read = spec.read(view, stored);

  if (read.kind === 'unverifiable') {
    const r = base('unverifiable', 'needs-network', `${name}: cannot be verified offline.`);
    r.header = read.header;
    r.received = read.received;
    r.warnings.push(read.why);
    if (read.preview !== null) {
      const content = Buffer.from(read.preview, 'utf8');
      r.signedContent = signedContentInfo(content, req.body);
    }
    // A handshake (AWS SNS's subscription confirmation) is what the user must act on first.
    return handshake
      ? withHandshake({ ...r, verdict: 'handshake', reason: 'handshake', summary: handshake.note }, handshake)
      : r;
  }

  if (read.kind === 'not-signed') {
    const r = base('unsigned', 'provider-does-not-sign', `${name} does not sign its webhooks.`);
    r.warnings.push(read.why);
    return r;
  }

  if (read.kind === 'missing') {
    if (handshake) {
      const refused = refusedHandshake(handshake, name);
      if (refused) return { ...base('fail', 'handshake-refused', refused.summary), ...refused.report };
      return withHandshake(base('handshake', 'handshake', handshake.note), handshake, 'unsigned');
    }
    const r = base(
      'unsigned',
      'missing-header',
      `${name} request without a signature header (${read.headersTried.join(', ') || 'not configured'}).`,
    );
    r.warnings.push(...read.warnings);
    return r;
  }

  const parsed = read.kind === 'signature' ? read : read.fallback;
  if (read.kind === 'malformed' && !parsed) {
    const r = base('fail', 'malformed-header', `${read.header} is malformed: ${read.problem}.`);
    r.header = read.header;
    r.received = read.received;
    return handshake ? withHandshake(r, handshake, 'fail') : r;
  }
  if (!parsed) throw new Error('unreachable: signature without parse');

  const report = base('fail', 'digest-mismatch', '');
  report.scheme = schemeInfo(parsed);
  report.format = parsed.format;
  report.header = parsed.header;
  report.received = parsed.received;
  report.warnings.push(...parsed.warnings, ...tokenWarnings);
  const canonicalContent = parsed.scheme.content(
    req.body,
    parsed.contexts[0] ?? { timestamp: null, id: null, url: null, method: req.method },
  );
  report.signedContent = signedContentInfo(canonicalContent, req.body);
  const timestamp: TimestampInfo | null = parsed.timestamp
    ? judgeTimestamp(parsed.timestamp, req.receivedAtUnix, view.nowUnix)
    : null;
  report.timestamp = timestamp;

  if (stored.length === 0) {
    report.entries = entriesOf(parsed, null);
    if (handshake)
      return withHandshake(
        { ...report, verdict: 'handshake', reason: 'handshake', summary: handshake.note },
        handshake,
        'no-secret',
      );
    return {
      ...report,
      verdict: 'no-secret',
      reason: 'no-secret',
      summary: `${name} signature found; add the ${name} secret to verify it.`,
    };
  }

  const outcome: VerifyOutcome = verifyParsed(parsed, req.body, stored);
  // A malformed header never passes, even when its label-stripped digest matches (diagnosis says so).
  const match = read.kind === 'signature' ? outcome.match : null;
  report.entries = entriesOf(parsed, match?.entryIndex ?? null);
  report.computed = computedFor(parsed, outcome);
  if (match) {
    report.matchedSecret = match.label;
    if (match.secretIndex > 0) {
      report.warnings.push(
        `Verified with the secret "${match.label}", not the first one stored (rotation in progress, or the primary secret is outdated).`,
      );
    }
    if (parsed.entries.length > 1) {
      report.warnings.push(
        `Matched entry ${match.entryIndex + 1} of ${parsed.entries.length}${parsed.entries.filter((e) => e.supported).length > 1 ? ' (secret rotation in progress)' : ''}.`,
      );
    }
    if (match.contextIndex > 0) {
      report.warnings.push(
        `Matched the URL variant ${parsed.contexts[match.contextIndex]?.url ?? ''} (port added or removed).`,
      );
      const ctx = parsed.contexts[match.contextIndex];
      if (ctx) report.signedContent = signedContentInfo(parsed.scheme.content(req.body, ctx), req.body);
    }
  }

  // Integrity checks outside the MAC (Twilio's bodySHA256, Adyen's other items) count even when the
  // MAC itself fails.
  const extra = parsed.extraCheck ? parsed.extraCheck() : null;
  const timeBad = timestamp !== null && (timestamp.unix === null || timestamp.rejectedAtCapture);

  if (match && !timeBad && !extra) {
    report.verdict = 'pass';
    report.reason = 'verified';
    report.summary = `${name} signature verified with "${match.label}" (${parsed.format.label}).`;
    if (timestamp?.rejectedNow) {
      report.warnings.push(
        `Valid when received; would be rejected now: the timestamp is ${Math.round(timestamp.ageNow ?? 0)} s old and the window is ${describeWindow(timestamp)}.`,
      );
    }
    return handshake
      ? withHandshake(
          {
            ...report,
            verdict: 'handshake',
            reason: 'handshake',
            summary: `${handshake.note} Signature valid ("${match.label}").`,
          },
          handshake,
          'pass',
        )
      : report;
  }

  if (match && extra?.code === 'item-signature-mismatch') {
    report.reason = 'item-signature-mismatch';
    report.summary = `${name}: the first item verifies, but ${extra.message.charAt(0).toLowerCase()}${extra.message.slice(1)}`;
  } else if (match && extra) {
    report.reason = 'body-hash-mismatch';
    report.summary = `${name}: the signature is valid but the body does not match the signed body hash.`;
  } else if (match && timestamp?.unix === null) {
    report.reason = 'timestamp-missing';
    report.summary = `${name}: the signature is valid but the timestamp is missing or unreadable.`;
  } else if (match && timestamp) {
    // The secret is right: a retry or a replay arrived late. Its own verdict, never "does not match".
    report.verdict = 'stale';
    report.reason = 'timestamp-outside-window';
    report.summary = `${name}: signature valid, but the timestamp is outside the window: ${describeAge(timestamp.ageAtCapture ?? 0)} at capture time (accepted: ${describeWindow(timestamp)}).`;
  } else if (read.kind === 'malformed') {
    report.reason = 'malformed-header';
    report.summary = `${read.header} is malformed: ${read.problem}.`;
  } else if (parsed.entries.every((e) => !e.supported)) {
    report.reason = 'no-matching-version';
    report.summary = `${name}: no signature entry of a supported version.`;
  } else if (parsed.scheme.kind !== 'hmac' && outcome.keyProblems.length === stored.length) {
    report.reason = 'invalid-key';
    report.summary =
      parsed.scheme.kind === 'check' && !parsed.scheme.asymmetric
        ? `${name}: the stored value cannot be used (${outcome.keyProblems[0]?.problem ?? 'unusable'}).`
        : `${name}: the stored key is not a valid public key.`;
  } else {
    report.summary = `${name} signature does not match any of ${stored.length} stored secret${stored.length === 1 ? '' : 's'}.`;
  }

  if (!match && handshake) {
    // A signed handshake that does not verify fails like any delivery; the handshake stays in view,
    // with the refusal the endpoint owes (Discord probes with such PINGs and removes an endpoint
    // that does not answer 401; a verifying Slack endpoint answers 401 instead of the challenge).
    const probe = spec.failedSignatureIsHandshake?.(view) ?? null;
    if (probe) report.summary = `${name} handshake with an invalid signature: ${probe.note}`;
    else report.summary = `${name} handshake with an invalid signature: ${report.summary}`;
    report.handshake = { ...(probe ?? handshake), signatureVerdict: 'fail' };
  } else if (handshake) {
    report.handshake = { ...handshake, signatureVerdict: report.verdict === 'stale' ? 'stale' : 'fail' };
  }

  const known: SignatureDiagnosis[] = extra ? [extra] : [];
  report.diagnosis = diagnose({
    view,
    spec,
    parsed,
    secrets: stored,
    allSecrets: secrets,
    providerName: name,
    digestMatched: match !== null,
    keyProblems: outcome.keyProblems,
    known,
  });
  return report;
}

function computedFor(parsed: ParsedSignature, outcome: VerifyOutcome): string | null {
  if (parsed.scheme.kind === 'ed25519' || parsed.scheme.kind === 'ecdsa-p256') return null;
  if (parsed.scheme.kind === 'check' && parsed.scheme.asymmetric) return null;
  if (outcome.match) {
    const entry = parsed.entries[outcome.match.entryIndex];
    return entry ? parsed.formatComputed(entry.value) : null;
  }
  return outcome.firstComputed === null ? null : parsed.formatComputed(outcome.firstComputed);
}

function withHandshake(
  report: SignatureReport,
  handshake: HandshakeInfo,
  signatureVerdict?: HandshakeInfo['signatureVerdict'],
): SignatureReport {
  return { ...report, handshake: signatureVerdict ? { ...handshake, signatureVerdict } : handshake };
}

/** Meta's GET whose hub.verify_token is not the configured one: the receiver refused it with 403. */
function refusedHandshake(
  handshake: HandshakeInfo,
  name: string,
): { summary: string; report: Pick<SignatureReport, 'handshake' | 'diagnosis'> } | null {
  if (handshake.kind !== 'meta-subscribe' || handshake.verifyTokenMatches !== false) return null;
  return {
    summary: `${name} verification refused with 403: hub.verify_token differs from the verify token configured in Hookscope, so ${name} will not save the callback URL.`,
    report: {
      handshake: { ...handshake, signatureVerdict: 'unsigned' },
      diagnosis: [
        {
          code: 'verify-token-mismatch',
          message:
            'The hub.verify_token in this request is not the verify token configured in Hookscope: the handshake was answered 403 instead of echoing hub.challenge.',
          fix: `Enter the same verify token in ${name}'s webhook settings (Verify token) and in Hookscope's Meta verify token setting, then verify again.`,
          exact: false,
        },
      ],
    },
  };
}

/** Secrets pasted with a verifyRequest call, labelled by position (values never reach the report). */
export function pastedSecrets(values: readonly string[]): LabelledSecret[] {
  return values.map((value, i) => ({ label: `pasted secret ${i + 1}`, value }));
}
