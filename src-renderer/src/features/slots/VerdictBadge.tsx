// Slot for the signature verdict. Colour carries the meaning, the word carries it for everyone else.
import type { SignatureVerdict } from '../../../../src-main/shared/signature-types';

const labels: Record<SignatureVerdict, { short: string; long: string }> = {
  pass: { short: 'valid', long: 'Signature valid' },
  fail: { short: 'invalid', long: 'Signature does not match' },
  handshake: { short: 'handshake', long: 'Verification handshake' },
  unverifiable: { short: 'unverifiable', long: 'Signature present but cannot be checked' },
  'no-secret': { short: 'no secret', long: 'Signed, but no secret is configured for this provider' },
  unsigned: { short: 'unsigned', long: 'No signature on this request' },
};

/** Verdicts worth a word even in the dense list; the rest show as a coloured dot with a tooltip. */
const loud = new Set<SignatureVerdict>(['pass', 'fail']);

export function VerdictBadge({
  verdict,
  long = false,
  compact = false,
}: {
  verdict: SignatureVerdict | null;
  long?: boolean;
  /** List rows: quiet verdicts collapse to their dot. */
  compact?: boolean;
}) {
  if (!verdict) return null;
  const label = labels[verdict] ?? { short: verdict, long: verdict };
  const word = compact && !loud.has(verdict) ? null : long ? label.long : label.short;
  return (
    <span className={`verdict verdict-${verdict}`} title={label.long} data-verdict={verdict}>
      <span className="verdict-dot" aria-hidden="true" />
      {word ?? <span className="visually-hidden">{label.short}</span>}
    </span>
  );
}
