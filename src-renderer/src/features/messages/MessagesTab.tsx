// The Messages tab: every card the core decoded from this capture, in payload order. Captures the
// core has no decoder for say so and point at the Body tab.
import { useState } from 'react';
import type { CaptureDetail } from '@shared/types';
import { PayloadText } from '../../components/PayloadText';
import { MessageCard } from './MessageCard';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import styles from '../messages/messages.module.css';

/** Batches can carry up to 2,000 cards; render them in pages so a big one opens instantly. */
const pageSize = 200;

interface MessagesTabProps {
  detail: CaptureDetail;
  onSelect(id: number): void;
  onShowBody(): void;
}

function countByKind(detail: CaptureDetail): string {
  const counts = new Map<string, number>();
  for (const card of detail.cards) counts.set(card.kind, (counts.get(card.kind) ?? 0) + 1);
  const names: Record<string, [string, string]> = {
    message: ['message', 'messages'],
    status: ['status', 'statuses'],
    event: ['event', 'events'],
    error: ['error', 'errors'],
  };
  return [...counts]
    .map(([kind, n]) => `${n.toLocaleString('en-US')} ${names[kind]?.[n === 1 ? 0 : 1] ?? kind}`)
    .join(' · ');
}

export function MessagesTab({ detail, onSelect, onShowBody }: MessagesTabProps) {
  const [shown, setShown] = useState(pageSize);
  const { cards } = detail;
  return (
    <div className={`${styles['messages-tab']} scroll-pane`} data-testid="messages-tab">
      {detail.duplicateOf !== null && (
        <div
          className={`banner banner-warn ${styles['msg-dup-banner']}`}
          role="note"
          data-testid="dup-banner"
        >
          Redelivery: the same message or delivery id arrived before in{' '}
          <button type="button" className="link-button" onClick={() => onSelect(detail.duplicateOf!)}>
            #{detail.duplicateOf}
          </button>
          . Handlers must treat it as a duplicate.
        </div>
      )}
      {cards.length === 0 && detail.decoder !== null ? (
        <div className={`panel-empty ${styles['msg-empty']}`} data-testid="decoded-nothing">
          <p>
            <strong>Recognised as {detail.decoder}</strong>, but there is nothing to show as a message.
          </p>
          {detail.decoderNote && <p className="muted">{detail.decoderNote}</p>}
          <button type="button" className="link-button" onClick={onShowBody}>
            Open Body
          </button>
        </div>
      ) : cards.length === 0 ? (
        <div className={`panel-empty ${styles['msg-empty']}`} data-testid="no-decoder">
          <p>
            <strong>No decoder</strong> — see Body.
          </p>
          <p className="muted">
            Hookscope decodes WhatsApp Cloud API, WaSphere, Twilio, Messenger, Instagram and SocialHook
            payloads into messages. This one is shown as it came.{' '}
            <button type="button" className="link-button" onClick={onShowBody}>
              Open Body
            </button>
          </p>
        </div>
      ) : (
        <>
          {detail.decoderNote && (
            <div className="banner banner-warn" role="note" data-testid="decoder-note">
              {detail.decoderNote}
            </div>
          )}
          <div className={`panel-toolbar ${styles['msg-toolbar']}`}>
            <span className="muted">{countByKind(detail)}</span>
            {detail.summary && (
              <PayloadText
                text={detail.summary}
                className={`${styles['msg-toolbar-summary']} muted`}
                title={detail.summary}
              />
            )}
          </div>
          <ol className={styles['msg-cards']} aria-label="Decoded items">
            {cards.slice(0, shown).map((card, i) => (
              <ErrorBoundary key={i} pane="message card" inline>
                <MessageCard card={card} />
              </ErrorBoundary>
            ))}
          </ol>
          {cards.length > shown && (
            <div className={styles['msg-more']}>
              <button type="button" className="btn btn-xs" onClick={() => setShown((n) => n + pageSize)}>
                Show {Math.min(pageSize, cards.length - shown)} more of {cards.length - shown}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
