// The Response tab: what the receiver answered the provider and, for each forward target, what the
// handler answered Hookscope (or why it did not). Forward outcomes arrive later than the capture,
// so the event bridge writes each `capture.forwarded` into the cached detail.
import type { CaptureDetail } from '@shared/types';
import { PayloadText } from '../../components/PayloadText';
import { formatBytes } from '../../lib/format';
import { activeTargets, useForwardSettings } from '../forwarding/use-forwarding';
import { AnswerView, OutcomeView } from './AnswerView';
import { useOpenTools } from '../../state/tools-context';
import { forwardFailed, RetryForwardButton } from '../forwarding/RetryForwardButton';
import answer from './answer.module.css';
import styles from './ResponseTab.module.css';

function base64Size(b64: string): number {
  const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.max(0, (b64.length / 4) * 3 - padding);
}

function receiverHeading(detail: CaptureDetail): { title: string; sub: string | null } {
  const origin = detail.originDetail;
  if (origin?.kind === 'replay')
    return { title: 'What the handler answered this replay', sub: origin.targetUrl };
  if (origin?.kind === 'imported') return { title: 'Response recorded in the HAR file', sub: null };
  return { title: 'What Hookscope answered the sender', sub: null };
}

export function ResponseTab({ detail }: { detail: CaptureDetail }) {
  // Outcomes arrive after the capture: the event bridge writes them into the cached detail.
  const forwards = detail.forwards;
  const { settings } = useForwardSettings();
  const heading = receiverHeading(detail);
  const noAnswer = detail.status === 0;
  const received = detail.originDetail === null;

  return (
    <div className={`scroll-pane ${styles.tab}`} data-testid="response-tab">
      <section className={styles.section} aria-label="Receiver response" data-testid="receiver-response">
        <h3 className="section-title">{heading.title}</h3>
        {heading.sub && (
          <p className={`${styles.sub} mono`}>
            <PayloadText text={heading.sub} />
          </p>
        )}
        {noAnswer ? (
          <p className={answer.empty}>
            {detail.note ? (
              <PayloadText text={detail.note} />
            ) : (
              'No answer was sent: the client went away first, or the connection was dropped.'
            )}
          </p>
        ) : (
          <AnswerView
            status={detail.status}
            headers={detail.responseHeaders}
            bodyBase64={detail.responseBodyBase64}
            label="Response"
            meta={<span className={answer.meta}>{formatBytes(base64Size(detail.responseBodyBase64))}</span>}
          />
        )}
      </section>

      {received && (
        <section className={styles.section} aria-label="Forward targets" data-testid="forward-responses">
          <h3 className="section-title">
            Forward targets
            {forwards.length > 0 && <span className="tab-badge">{forwards.length}</span>}
          </h3>
          {forwards.length === 0 ? (
            <NotForwarded
              paused={settings?.paused ?? false}
              hasTargets={activeTargets(settings).length > 0}
            />
          ) : (
            <ol className={styles.forwards}>
              {forwards.map((outcome, i) => (
                <li
                  key={`${outcome.targetId ?? ''}|${outcome.url}|${i}`}
                  className={styles.forward}
                  data-testid="forward-outcome"
                  data-status={outcome.response?.status ?? 'error'}
                >
                  <div className={styles['forward-head']}>
                    <span className={styles.arrow} aria-hidden="true">
                      →
                    </span>
                    <PayloadText
                      text={outcome.url || 'not routed to a target'}
                      className={`${styles['forward-url']} mono`}
                    />
                    {forwardFailed(outcome) && <RetryForwardButton captureId={detail.id} outcome={outcome} />}
                  </div>
                  <OutcomeView outcome={outcome} label={`Response from ${outcome.url}`} />
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}

function NotForwarded({ paused, hasTargets }: { paused: boolean; hasTargets: boolean }) {
  const openTools = useOpenTools();
  if (hasTargets)
    return (
      <p className={answer.empty}>
        {paused
          ? 'Not forwarded: forwarding was paused, or no target matched this capture.'
          : 'Not forwarded: no enabled target matched this capture (or it arrived before forwarding was set up).'}
      </p>
    );
  return (
    <p className={answer.empty}>
      Send every capture to your own handler as it arrives and see its answer here.{' '}
      <button type="button" className="link-button" onClick={() => openTools('replay', 'forwarding')}>
        Set up forwarding
      </button>
    </p>
  );
}
