// The signature verdict as a badge. Colour carries the meaning at a glance, the icon's shape and
// the word carry it for everyone else (colour-blind users, screen readers, tooltips).
import type { SignatureVerdict } from '@shared/signature-types';
import type { CaptureSummary } from '@shared/types';
import { useProviderDoesNotSign } from '../../state/use-providers';
import { formatDuration } from '../signature/age';
import { SigIcon, verdictIcons } from '../signature/SigIcon';
import styles from './VerdictBadge.module.css';

const labels: Record<SignatureVerdict, { short: string; long: string }> = {
  pass: { short: 'valid', long: 'Signature valid' },
  fail: { short: 'invalid', long: 'Signature does not match' },
  stale: { short: 'stale', long: 'Signature valid, but the timestamp is outside the window' },
  handshake: { short: 'handshake', long: 'Verification handshake' },
  unverifiable: { short: 'unverifiable', long: 'Signature present but cannot be checked offline' },
  'no-secret': { short: 'no secret', long: 'Signed, but no secret is configured for this provider' },
  unsigned: { short: 'unsigned', long: 'No signature on this request' },
};

/**
 * A provider that signs nothing (Postmark, Supabase database webhooks) leaves every request
 * unsigned by design: saying "unsigned" would read as a missing signature to look for.
 */
const notSignedByProvider = { short: 'does not sign', long: 'This provider does not sign its webhooks' };

/** Verdicts worth a word even in the dense list; the rest show as an icon with a tooltip. */
const loud = new Set<SignatureVerdict>(['pass', 'fail', 'stale', 'handshake']);

/** "7 min old" / "30 s ahead": how far outside its window a stale signature's timestamp was. */
function ageText(age: number): string {
  return age < 0 ? `${formatDuration(age)} ahead` : `${formatDuration(age)} old`;
}

export function VerdictBadge({
  verdict,
  long = false,
  compact = false,
  timestampAge = null,
  providerDoesNotSign = false,
}: {
  verdict: SignatureVerdict | null;
  /** The capture's provider signs nothing (its secret kind is 'none'): an unsigned verdict says so. */
  providerDoesNotSign?: boolean;
  /** Age of the signed timestamp at capture, shown with a stale verdict. */
  timestampAge?: number | null;
  long?: boolean;
  /** List rows: quiet verdicts collapse to their icon. */
  compact?: boolean;
}) {
  if (!verdict) return null;
  const byDesign = verdict === 'unsigned' && providerDoesNotSign;
  const label = byDesign ? notSignedByProvider : (labels[verdict] ?? { short: verdict, long: verdict });
  const age = verdict === 'stale' && timestampAge !== null ? ageText(timestampAge) : null;
  const title = age ? `${label.long} (${age} at capture)` : label.long;
  // Shown as words even in the list: it answers "why no signature?" before anyone goes looking.
  const base = compact && !loud.has(verdict) && !byDesign ? null : long ? label.long : label.short;
  const word = base && age ? `${base} · ${age}` : base;
  return (
    <span
      className={`${styles.verdict} ${styles[`verdict-${verdict}`] ?? ''}${word ? '' : ` ${styles['verdict-icon-only']}`}`}
      title={title}
      data-verdict={verdict}
    >
      <SigIcon name={verdictIcons[verdict] ?? 'dot'} size={11} className={styles['verdict-icon']} />
      {word ?? <span className="visually-hidden">{label.short}</span>}
    </span>
  );
}

/** A capture's verdict, worded with what its provider is known to do (see `providerDoesNotSign`). */
export function CaptureVerdictBadge({
  capture,
  long = false,
  compact = false,
}: {
  capture: Pick<CaptureSummary, 'verdict' | 'timestampAge' | 'provider'>;
  long?: boolean;
  compact?: boolean;
}) {
  const providerDoesNotSign = useProviderDoesNotSign(capture.provider);
  return (
    <VerdictBadge
      verdict={capture.verdict}
      timestampAge={capture.timestampAge}
      providerDoesNotSign={providerDoesNotSign}
      long={long}
      compact={compact}
    />
  );
}
