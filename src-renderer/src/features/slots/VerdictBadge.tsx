// The signature verdict as a badge. Colour carries the meaning at a glance, the icon's shape and
// the word carry it for everyone else (colour-blind users, screen readers, tooltips).
import type { SignatureVerdict } from '@shared/signature-types';
import { SigIcon, verdictIcons } from '../signature/SigIcon';

const labels: Record<SignatureVerdict, { short: string; long: string }> = {
  pass: { short: 'valid', long: 'Signature valid' },
  fail: { short: 'invalid', long: 'Signature does not match' },
  handshake: { short: 'handshake', long: 'Verification handshake' },
  unverifiable: { short: 'unverifiable', long: 'Signature present but cannot be checked offline' },
  'no-secret': { short: 'no secret', long: 'Signed, but no secret is configured for this provider' },
  unsigned: { short: 'unsigned', long: 'No signature on this request' },
};

/** Verdicts worth a word even in the dense list; the rest show as an icon with a tooltip. */
const loud = new Set<SignatureVerdict>(['pass', 'fail', 'handshake']);

export function VerdictBadge({
  verdict,
  long = false,
  compact = false,
}: {
  verdict: SignatureVerdict | null;
  long?: boolean;
  /** List rows: quiet verdicts collapse to their icon. */
  compact?: boolean;
}) {
  if (!verdict) return null;
  const label = labels[verdict] ?? { short: verdict, long: verdict };
  const word = compact && !loud.has(verdict) ? null : long ? label.long : label.short;
  return (
    <span
      className={`verdict verdict-${verdict}${word ? '' : ' verdict-icon-only'}`}
      title={label.long}
      data-verdict={verdict}
    >
      <SigIcon name={verdictIcons[verdict] ?? 'dot'} size={11} className="verdict-icon" />
      {word ?? <span className="visually-hidden">{label.short}</span>}
    </span>
  );
}
