// One chat thread: inbound bubbles on the left, outbound on the right, ticks from the statuses
// about each outbound message, reactions under their message, chat events as centred notes.
// Every bubble links to the capture it came from.
import { Fragment, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CapturedCard, Conversation, ThreadItem } from '@shared/cards';
import { PayloadText } from '../../components/PayloadText';
import { utcTitle } from '../../lib/format';
import { CardBlocks, CardMain, ErrorPanel, Markers } from '../messages/CardContent';
import { channelLabel, formatClock, formatMessageTime, tickLabels, typeLabel } from '../../model/card-format';
import { CardTime } from '../messages/MessageCard';
import { MessageIcon, Ticks, TypeIcon, iconFor } from '../messages/TypeIcon';
import {
  dayLabel,
  statusErrors,
  statusTrail,
  threadRows,
  type ThreadRow,
} from '../../model/conversation-rows';
import { Avatar } from './ThreadList';
import styles from '../messages/messages.module.css';

interface ThreadViewProps {
  conversation: Conversation;
  onOpenCapture(id: number): void;
  /** The server has older captures of this thread: a button at the top fetches them. */
  older?: { loading: boolean; load(): void } | null;
}

function CaptureLink({ id, onOpen, label }: { id: number; onOpen(id: number): void; label?: string }) {
  return (
    <button
      type="button"
      className={styles['bubble-link']}
      title={`Open capture #${id} in the Captures view`}
      onClick={() => onOpen(id)}
    >
      {label ?? `#${id}`}
    </button>
  );
}

function ItemTicks({ item }: { item: ThreadItem }) {
  if (item.tick === null) return null;
  const trail = statusTrail(item, formatMessageTime);
  return <Ticks tick={item.tick} title={`${tickLabels[item.tick]}${trail ? `\n${trail}` : ''}`} />;
}

/** The item's own time, else when its capture arrived (Twilio sends none), marked as such. */
function ItemTime({ item }: { item: ThreadItem }) {
  if (item.card?.timestamp) return <CardTime timestamp={item.card.timestamp} clockOnly />;
  if (!item.timestamp) return null;
  return (
    <span
      className={`${styles['msg-time']} ${styles['msg-time-received']}`}
      title={`No time in the payload: received ${utcTitle(item.timestamp)}`}
    >
      {formatClock(item.timestamp)}
    </span>
  );
}

function Duplicates({ item, onOpen }: { item: ThreadItem; onOpen(id: number): void }) {
  if (item.duplicateCaptureIds.length === 0) return null;
  const n = item.duplicateCaptureIds.length;
  return (
    <span
      className={styles['bubble-dup']}
      title={`Redelivered ${n} more time${n === 1 ? '' : 's'}: ${item.duplicateCaptureIds.map((id) => `#${id}`).join(', ')}`}
    >
      <MessageIcon name="duplicate" size={11} />
      duplicate ×{n}
      {item.duplicateCaptureIds.slice(0, 3).map((id) => (
        <CaptureLink key={id} id={id} onOpen={onOpen} />
      ))}
    </span>
  );
}

function Reactions({ item }: { item: ThreadItem }) {
  if (item.reactions.length === 0) return null;
  return (
    <div className={styles['bubble-reactions']} aria-label="Reactions">
      {item.reactions.map((emoji, i) => (
        <PayloadText key={i} text={emoji} className={styles['bubble-reaction']} />
      ))}
    </div>
  );
}

function Bubble({ item, onOpen }: { item: ThreadItem; onOpen(id: number): void }) {
  const card = item.card as CapturedCard;
  const outbound = item.direction === 'outbound';
  const showType = card.type !== 'text';
  const errors = statusErrors(item);
  return (
    <div
      className={`${styles['bubble-row']} ${outbound ? styles['is-out'] : styles['is-in']}`}
      data-testid="bubble-row"
      data-direction={outbound ? 'outbound' : 'inbound'}
      data-message-id={item.messageId ?? undefined}
      data-tick={item.tick ?? undefined}
    >
      <div
        className={`${styles.bubble} ${card.errors.length || errors.length ? styles['has-error'] : ''} ${card.signatureFailed ? styles['sig-failed'] : ''}`}
      >
        {card.signatureFailed && <SignatureFailedMarker />}
        <Markers card={card} />
        {showType && (
          <div className={styles['bubble-type']}>
            <MessageIcon name={iconFor(card)} size={12} />
            <PayloadText text={typeLabel(card)} />
          </div>
        )}
        <div className={styles['bubble-text']}>
          <CardMain card={card} />
        </div>
        <CardBlocks card={card} compact />
        <ErrorPanel errors={errors} />
        <div className={styles['bubble-meta']}>
          <Duplicates item={item} onOpen={onOpen} />
          <CaptureLink id={card.captureId} onOpen={onOpen} />
          <ItemTime item={item} />
          {outbound && <ItemTicks item={item} />}
        </div>
      </div>
      <Reactions item={item} />
    </div>
  );
}

/** The capture carrying this message failed signature verification: it may not be from the sender. */
function SignatureFailedMarker() {
  return (
    <div
      className={styles['bubble-sig-failed']}
      title="The capture carrying this message failed signature verification: it may not come from the provider (open the capture's Signature tab to see why)"
      data-testid="bubble-sig-failed"
    >
      <MessageIcon name="error" size={11} />
      signature invalid
    </div>
  );
}

function Placeholder({ item, onOpen }: { item: ThreadItem; onOpen(id: number): void }) {
  const first = item.statuses[0];
  const errors = statusErrors(item);
  return (
    <div
      className={`${styles['bubble-row']} ${styles['is-out']}`}
      data-testid="bubble-row"
      data-direction="outbound"
      data-message-id={item.messageId ?? undefined}
      data-tick={item.tick ?? undefined}
    >
      <div
        className={`${styles.bubble} ${styles['bubble-placeholder']} ${errors.length ? styles['has-error'] : ''}`}
        data-testid="bubble-placeholder"
      >
        <div
          className={styles['bubble-type']}
          title="The business sent this message, but its send was never a webhook: it is known from the statuses about it"
        >
          <MessageIcon name="status" size={12} />
          Sent message · not captured
        </div>
        {item.messageId !== null && (
          <div className={styles['bubble-id']}>
            <PayloadText text={item.messageId} className="mono" />
          </div>
        )}
        <ErrorPanel errors={errors} />
        <div className={styles['bubble-meta']}>
          {first && <CaptureLink id={first.captureId} onOpen={onOpen} />}
          <ItemTime item={item} />
          <ItemTicks item={item} />
        </div>
      </div>
      <Reactions item={item} />
    </div>
  );
}

function Note({ item, onOpen }: { item: ThreadItem; onOpen(id: number): void }) {
  const card = item.card as CapturedCard;
  return (
    <div className={`${styles['thread-note']} ${styles[`thread-note-${card.kind}`] ?? ''}`}>
      <TypeIcon card={card} />
      <PayloadText text={card.summary} className={styles['thread-note-text']} />
      <ItemTime item={item} />
      <CaptureLink id={card.captureId} onOpen={onOpen} />
    </div>
  );
}

function Row({ row, onOpen }: { row: ThreadRow; onOpen(id: number): void }) {
  if (row.kind === 'placeholder') return <Placeholder item={row.item} onOpen={onOpen} />;
  if (row.kind === 'note') return <Note item={row.item} onOpen={onOpen} />;
  return <Bubble item={row.item} onOpen={onOpen} />;
}

const rowPage = 300;

export function ThreadView({ conversation, onOpenCapture, older = null }: ThreadViewProps) {
  const allRows = useMemo(() => threadRows(conversation), [conversation]);
  // Long threads open on their newest part; older items are one click away.
  const [limit, setLimit] = useState(rowPage);
  const rows = allRows.length > limit ? allRows.slice(allRows.length - limit) : allRows;
  const hidden = allRows.length - rows.length;
  const scrollRef = useRef<HTMLDivElement>(null);
  const stick = useRef(true);

  // Open at the newest message; stay pinned to the bottom as messages arrive unless the user
  // scrolled up to read.
  useLayoutEffect(() => {
    stick.current = true;
  }, [conversation.key]);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [rows]);

  const channel = channelLabel(conversation.channel);
  const title = conversation.contactName ?? conversation.contact ?? conversation.key;
  return (
    <section
      className={styles['chat-pane']}
      aria-label={`Conversation with ${title}`}
      data-testid="thread-view"
    >
      <header className={styles['chat-head']}>
        <Avatar conversation={conversation} />
        <div className={styles['chat-head-who']}>
          <PayloadText text={title} className={styles['chat-head-name']} testId="chat-name" />
          <span className={styles['chat-head-sub']}>
            {conversation.contactName !== null && conversation.contact !== null && (
              <PayloadText text={conversation.contact} className="mono" />
            )}
            {channel && <span className={styles['chat-channel']}>{channel}</span>}
          </span>
        </div>
        <span className="toolbar-spacer" />
        <span className={`muted ${styles['chat-count']}`}>
          {allRows.length} item{allRows.length === 1 ? '' : 's'}
        </span>
      </header>
      <div
        className={styles['chat-scroll']}
        data-testid="chat-scroll"
        ref={scrollRef}
        onScroll={(e) => {
          const el = e.currentTarget;
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        }}
      >
        <div className={styles['chat-items']}>
          {hidden === 0 && older && (
            <div className={styles['chat-earlier']}>
              <button
                type="button"
                className="btn btn-xs"
                disabled={older.loading}
                onClick={() => {
                  stick.current = false;
                  older.load();
                }}
                data-testid="thread-load-older"
              >
                {older.loading ? 'Loading…' : 'Load older messages'}
              </button>
            </div>
          )}
          {hidden > 0 && (
            <div className={styles['chat-earlier']}>
              <button
                type="button"
                className="btn btn-xs"
                onClick={() => {
                  stick.current = false;
                  setLimit((n) => n + rowPage);
                }}
              >
                Show {Math.min(rowPage, hidden).toLocaleString('en-US')} earlier of{' '}
                {hidden.toLocaleString('en-US')}
              </button>
            </div>
          )}
          {rows.map((row) => {
            const separator =
              row.newDay && row.item.timestamp ? (
                <div className={styles['chat-day']} role="separator">
                  <span>{dayLabel(row.item.timestamp)}</span>
                </div>
              ) : null;
            return (
              <Fragment key={row.key}>
                {separator}
                <Row row={row} onOpen={onOpenCapture} />
              </Fragment>
            );
          })}
        </div>
      </div>
    </section>
  );
}
