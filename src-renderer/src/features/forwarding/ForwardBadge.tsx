// In a list row of a forwarded capture: what the local handler answered and how long it took, or
// why nothing came back, so a failing handler is seen without opening each capture.
import type { ForwardBrief } from '@shared/types';
import styles from './ForwardBadge.module.css';

const noAnswer: Record<string, string> = {
  not_sent: 'not sent',
  connection_refused: 'refused',
  timeout: 'timeout',
  dns: 'DNS',
  reset: 'reset',
  tls: 'TLS',
};

export function forwardText(brief: ForwardBrief): { short: string; long: string } {
  const time = brief.ms === null ? '' : ` · ${Math.round(brief.ms).toLocaleString()} ms`;
  const what =
    brief.status !== null ? String(brief.status) : (noAnswer[brief.error ?? ''] ?? brief.error ?? 'error');
  const more = brief.targets > 1 ? ` (${brief.failed} of ${brief.targets} targets failed)` : '';
  const long =
    brief.error === 'not_sent'
      ? 'Not forwarded: the handler could not keep up (or only part of the body was kept)'
      : brief.status !== null
        ? `Forward target answered ${brief.status}${time}${more}`
        : `Forward target did not answer: ${what}${time}${more}`;
  return { short: `${what}${time}`, long };
}

export function ForwardBadge({ brief }: { brief: ForwardBrief | null }) {
  if (!brief) return null;
  const { short, long } = forwardText(brief);
  return (
    <span
      className={`${styles['fw-badge']} mono`}
      data-state={brief.failed > 0 ? 'fail' : 'ok'}
      title={long}
      data-testid="forward-badge"
    >
      <span aria-hidden="true">↪</span>
      <span className="visually-hidden">forwarded: </span>
      {short}
    </span>
  );
}
