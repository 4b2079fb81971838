// Pure helpers for the received-vs-computed comparison: pick the received value that is comparable
// with the computed one (same label, same entry), then split both into same/different runs by
// position so the view can highlight exactly the characters that differ.
import type { SignatureReport } from '@shared/signature-types';

export interface DiffRun {
  text: string;
  same: boolean;
}

export interface DigestDiff {
  received: DiffRun[];
  computed: DiffRun[];
  /** Code points that differ (positions present in only one side count too). */
  differing: number;
  length: number;
  identical: boolean;
  /** Equal when compared case-insensitively (an uppercase-hex sender, for example). */
  equalIgnoringCase: boolean;
}

function runsOf(chars: string[], other: string[]): DiffRun[] {
  const runs: DiffRun[] = [];
  for (let i = 0; i < chars.length; i++) {
    const same = chars[i] === other[i];
    const last = runs[runs.length - 1];
    if (last && last.same === same) last.text += chars[i];
    else runs.push({ text: chars[i]!, same });
  }
  return runs;
}

/** Positional comparison by code point (a hex or base64 digest has no insertions to align). */
export function diffDigests(received: string, computed: string): DigestDiff {
  const a = Array.from(received);
  const b = Array.from(computed);
  const length = Math.max(a.length, b.length);
  let differing = 0;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) differing++;
  return {
    received: runsOf(a, b),
    computed: runsOf(b, a),
    differing,
    length,
    identical: differing === 0,
    equalIgnoringCase: received.toLowerCase() === computed.toLowerCase(),
  };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The received text to line up under the computed one. The header may carry more than the digest
 * (Stripe's `t=…,v1=…`, several rotated entries) while `computed` is one labelled digest: prefer the
 * matched entry, else the entry rendered the way `computed` is (same label and length).
 */
export function comparableReceived(
  report: Pick<SignatureReport, 'received' | 'computed' | 'entries'>,
): string | null {
  const { received, computed, entries } = report;
  if (received === null) return null;
  if (computed === null || entries.length === 0) return received;
  const forms = (version: string, value: string) =>
    version ? [`${version}=${value}`, `${version},${value}`, value] : [value];
  const matched = entries.find((e) => e.matched);
  const pool = matched
    ? [matched]
    : entries.filter((e) => e.supported).concat(entries.filter((e) => !e.supported));
  let best: { text: string; score: number } | null = null;
  const consider = (text: string) => {
    const score =
      (text.length === computed.length ? 10_000 : 0) +
      commonPrefix(text, computed) * 10 -
      Math.abs(text.length - computed.length);
    if (!best || score > best.score) best = { text, score };
  };
  consider(received);
  for (const e of pool) for (const text of forms(e.version, e.value)) consider(text);
  return (best as { text: string } | null)?.text ?? received;
}
