// Time probes: the digest is right but the timestamp is outside the provider's window (a retry, a
// replay, milliseconds where seconds belong, or a skewed clock).
import type { SignatureDiagnosis } from '@shared/signature-types';
import { describeWindow, outsideWindow } from '../timestamp';
import type { TimestampRule } from '../types';
import type { ProbeContext } from './context';

function dateHeaderUnix(ctx: ProbeContext): number | null {
  const date = ctx.view.headers.get('date');
  if (!date) return null;
  const ms = Date.parse(date);
  return Number.isFinite(ms) ? ms / 1000 : null;
}

/** `digestMatched` says whether the signature itself verified (then time is *the* cause). */
export function timeProbes(
  ctx: ProbeContext,
  rule: TimestampRule | null,
  digestMatched: boolean,
): SignatureDiagnosis[] {
  if (!rule) return [];
  const at = ctx.view.req.receivedAtUnix;
  if (rule.unix === null) {
    return [
      {
        code: 'missing-timestamp',
        message: `No usable timestamp in ${rule.source} (got "${rule.raw}"); ${ctx.providerName} requires one.`,
        fix: `Make sure ${rule.source} reaches the receiver unchanged.`,
        exact: false,
      },
    ];
  }
  if (!outsideWindow(rule, at)) return [];
  const out: SignatureDiagnosis[] = [];
  // Milliseconds where seconds belong: the raw value is ~1000× too large.
  if (rule.unit === 's' && rule.unix > 1e11 && !outsideWindow({ ...rule, unix: rule.unix / 1000 }, at)) {
    out.push({
      code: 'timestamp-unit',
      message: `The timestamp ${rule.raw} is in milliseconds, but ${ctx.providerName} expects seconds.`,
      fix: 'Send (or read) the timestamp in unix seconds.',
      exact: digestMatched,
    });
    return out;
  }
  if (rule.unit === 'ms' && rule.unix < 1e8 && !outsideWindow({ ...rule, unix: rule.unix * 1000 }, at)) {
    out.push({
      code: 'timestamp-unit',
      message: `The timestamp ${rule.raw} is in seconds, but ${ctx.providerName} expects milliseconds.`,
      fix: 'Send (or read) the timestamp in unix milliseconds.',
      exact: digestMatched,
    });
    return out;
  }
  const age = Math.round(at - rule.unix);
  const future = age < 0;
  out.push({
    code: future ? 'future-timestamp' : 'stale-timestamp',
    message: `${digestMatched ? 'The signature is valid, but the' : 'The'} timestamp is ${Math.abs(age)} s ${future ? 'in the future' : 'old'} at capture time; ${ctx.providerName}'s window is ${describeWindow(rule)}.${future ? '' : ' A retry or a replay of an old delivery looks like this.'}`,
    fix: future
      ? 'Check the clocks of the sender and of this machine (NTP).'
      : 'Reject it as the provider SDK would, or have the sender deliver a fresh event.',
    exact: false,
  });
  const date = dateHeaderUnix(ctx);
  if (date !== null && Math.abs(date - rule.unix) <= 5 && Math.abs(date - at) > 5) {
    const skew = Math.round(date - at);
    out.push({
      code: 'clock-skew',
      message: `The sender's Date header agrees with the signed timestamp, so its clock is ${Math.abs(skew)} s ${skew > 0 ? 'ahead of' : 'behind'} this machine's.`,
      fix: 'Synchronise the clock (NTP) on whichever machine is off.',
      exact: false,
    });
  }
  return out;
}
