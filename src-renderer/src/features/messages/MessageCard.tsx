// One decoded item in the Messages tab: who, what type, when, the content and everything the
// decoder found about it. Messages, statuses, events and errors each get their own look.
import { memo } from 'react';
import type { Card } from '@shared/cards';
import { CopyButton } from '../../components/CopyButton';
import { PayloadText } from '../../components/PayloadText';
import { formatLocalDateTime, utcTitle } from '../../lib/format';
import { CardBlocks, CardMain, DetailsList, Markers } from './CardContent';
import {
  cardTick,
  channelLabel,
  formatClock,
  formatMessageTime,
  kindLabel,
  tickLabels,
  typeLabel,
  type Party,
} from '../../model/card-format';
import { Ticks, TypeIcon } from './TypeIcon';
import styles from '../messages/messages.module.css';

export function PartyLabel({ party, fallback }: { party: Party; fallback?: string }) {
  if (party.name === null && party.id === null)
    return fallback ? <span className="muted">{fallback}</span> : null;
  return (
    <span className={styles.party}>
      {party.name !== null && (
        <PayloadText text={party.name} className={styles['party-name']} testId="party-name" />
      )}
      {party.id !== null && party.id !== party.name && (
        <PayloadText
          text={party.id}
          className={`${party.name !== null ? styles['party-id'] : styles['party-name']} mono`}
          testId={party.name !== null ? 'party-id' : 'party-name'}
        />
      )}
    </span>
  );
}

export function CardTime({
  timestamp,
  fallback,
  clockOnly = false,
}: {
  timestamp: string | null;
  fallback?: string;
  /** Time of day only, where the date is shown elsewhere (chat day separators). */
  clockOnly?: boolean;
}) {
  if (timestamp === null) {
    return (
      <span className={`${styles['msg-time']} muted`} title="The payload carries no time for this item">
        {fallback ?? 'no time'}
      </span>
    );
  }
  return (
    <time
      className={styles['msg-time']}
      dateTime={timestamp}
      data-testid="message-time"
      title={`${utcTitle(timestamp)}\n${formatLocalDateTime(timestamp)}`}
    >
      {clockOnly ? formatClock(timestamp) : formatMessageTime(timestamp)}
    </time>
  );
}

/** The type chip: message type, "Status"/"Error", or the event's own name. */
function chipText(card: Card): string {
  if (card.kind === 'message') return typeLabel(card);
  if (card.kind === 'event') return card.type;
  return kindLabel(card.kind);
}

function Head({ card }: { card: Card }) {
  const tick = cardTick(card);
  const from = { name: card.fromName, id: card.from };
  const to = { name: card.toName, id: card.to };
  let who: React.ReactNode;
  if (card.kind === 'status') {
    who = (
      <>
        {tick !== null ? (
          <span className={styles['status-label']}>{tickLabels[tick]}</span>
        ) : (
          <PayloadText text={card.type} className={styles['status-label']} />
        )}
        {(to.id !== null || to.name !== null) && (
          <>
            <span className="muted">to</span>
            <PayloadText text={to.name ?? to.id ?? ''} className={styles['party-name']} />
            {to.name !== null && to.id !== null && (
              <PayloadText text={to.id} className={`${styles['party-id']} mono`} />
            )}
          </>
        )}
      </>
    );
  } else if (card.kind === 'error') {
    who = <span className={styles['party-name']}>Provider error</span>;
  } else if (card.direction === 'outbound') {
    who = (
      <>
        <span className={styles['msg-you']}>Business</span>
        <span className="muted">→</span>
        <PartyLabel party={to} fallback="unknown recipient" />
      </>
    );
  } else {
    who = <PartyLabel party={from} fallback={card.kind === 'event' ? 'Account event' : 'unknown sender'} />;
  }
  return (
    <header className={styles['msg-card-head']} data-testid="card-head">
      <span className={styles['msg-who']}>{who}</span>
      <span className={styles['msg-chip']} title={`${kindLabel(card.kind)} · ${card.type}`}>
        <PayloadText text={chipText(card)} />
      </span>
      <span className="toolbar-spacer" />
      <CardTime timestamp={card.timestamp} />
    </header>
  );
}

export const MessageCard = memo(function MessageCard({ card }: { card: Card }) {
  const tick = cardTick(card);
  const unknownType = card.kind === 'message' && 'raw' in card.details;
  const isStatus = card.kind === 'status';
  const channel = channelLabel(card.channel);
  // Which business number received it: useful with several numbers on one endpoint.
  const inboundTo = card.kind !== 'status' && card.direction !== 'outbound' ? (card.toName ?? card.to) : null;
  return (
    <li
      className={`${styles['msg-card']} ${styles[`msg-card-${card.kind}`] ?? ''}`}
      data-kind={card.kind}
      data-type={card.type}
      data-testid="message-card"
      aria-label={`${kindLabel(card.kind)}: ${card.kind === 'message' ? typeLabel(card) : card.type}`}
    >
      {tick !== null ? (
        <span
          className={`${styles['type-icon']} ${styles['type-icon-status']} ${styles[`type-icon-tick-${tick}`] ?? ''}`}
          aria-hidden="true"
        >
          <Ticks tick={tick} title={tickLabels[tick]} />
        </span>
      ) : (
        <TypeIcon card={card} />
      )}
      <div className={styles['msg-card-main']}>
        <Head card={card} />
        {isStatus && card.statusOf !== null && (
          <div className={`${styles['msg-sub']} muted`}>
            for message <PayloadText text={card.statusOf} className="mono" />
          </div>
        )}
        {isStatus && card.appliesUpTo !== null && (
          <div className={`${styles['msg-sub']} muted`}>
            every outbound message up to {formatMessageTime(card.appliesUpTo)}
          </div>
        )}
        <Markers card={card} />
        {/* Status summaries only repeat the tick ("✓✓ Delivered"): the head already says it. */}
        {!(isStatus && tick !== null) && !(card.kind === 'error' && card.errors.length > 0) && (
          <div className={styles['msg-content']}>
            <CardMain card={card} />
          </div>
        )}
        <CardBlocks card={card} />
        <DetailsList card={card} open={unknownType} />
        {(card.id !== null || channel !== null || inboundTo !== null) && (
          <footer className={styles['msg-card-foot']}>
            {channel !== null && <span>{channel}</span>}
            {inboundTo !== null && (
              <span className={styles['msg-foot-to']}>
                to <PayloadText text={inboundTo} className="mono" />
              </span>
            )}
            {card.id !== null && (
              <span className={styles['msg-id']}>
                <PayloadText text={card.id} className="mono" />
                <CopyButton label="Copy id" getText={() => card.id ?? ''} className={styles['msg-copy']} />
              </span>
            )}
          </footer>
        )}
      </div>
    </li>
  );
});
