// Type icons for decoded cards, in the same 16px stroke style as components/Icon.tsx. SVG elements
// only: nothing for the CSP to allow, nothing fetched.
import type { Card, Tick } from '@shared/cards';
import styles from '../messages/messages.module.css';

const paths = {
  text: 'M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2zM5 6h6M5 8h4',
  image: 'M2.5 3.5h11v9h-11zM2.5 10.5l3-3 3 3 2-2 3 3M10.5 6.2a.7.7 0 1 0 0 .1',
  video: 'M2.5 4.5h8v7h-8zM10.5 7l3-2v6l-3-2',
  audio:
    'M6 11.5V4l6-1.5v7.5M6 11.5a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0zM12 10a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0z',
  voice: 'M8 2.5a2 2 0 0 0-2 2v3a2 2 0 0 0 4 0v-3a2 2 0 0 0-2-2zM4.5 7.5a3.5 3.5 0 0 0 7 0M8 11v2.5',
  document: 'M4 2.5h5l3 3v8H4zM9 2.5v3h3M6 8.5h4M6 10.5h4',
  sticker: 'M13.5 8.5a5 5 0 1 1-6-6M13.5 8.5L7.5 2.5M13.5 8.5h-3a3 3 0 0 1-3-3v-3',
  location:
    'M8 14s4.5-4 4.5-7.5a4.5 4.5 0 0 0-9 0C3.5 10 8 14 8 14zM8 5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z',
  contacts:
    'M6 7.5a2.2 2.2 0 1 0 0-4.4 2.2 2.2 0 0 0 0 4.4zM2 13c.5-2.5 2-3.5 4-3.5s3.5 1 4 3.5M10.5 3.5a2 2 0 0 1 0 4M12 9.8c1 .4 1.7 1.4 2 3.2',
  reaction:
    'M8 13.5a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11zM5.8 9.5c.5.8 1.3 1.2 2.2 1.2s1.7-.4 2.2-1.2M6 6.5h.01M10 6.5h.01',
  interactive: 'M2.5 4.5h11v3h-11zM2.5 9.5h7v3h-7zM11.5 9.5l2 1.5-2 1.5',
  order: 'M2.5 3h1.5l1.5 7h7l1.5-5H5M6.5 13a.5.5 0 1 0 0-.1M11.5 13a.5.5 0 1 0 0-.1',
  system: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM8 7v3.5M8 5h.01',
  referral: 'M2.5 6.5v3h2l4 3v-9l-4 3zM11 5.5a3.5 3.5 0 0 1 0 5',
  edit: 'M10.5 3l2.5 2.5-7 7H3.5V10zM9 4.5L11.5 7',
  revoke: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM4.2 4.2l7.6 7.6',
  unknown: 'M6 6a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.2v.5M8 11.5h.01M2.5 2.5h11v11h-11z',
  poll: 'M3 13V8M8 13V3M13 13V6',
  event: 'M9 1.5L3.5 9H8l-1 5.5L12.5 7H8z',
  error: 'M8 2l6 11H2zM8 6.5v3M8 11.5h.01',
  status: 'M2 8.5l2.5 2.5 5-6M7.5 10.5l.5.5 5-6',
  call: 'M5.5 2.5l1.5 3-1.5 1a7 7 0 0 0 3.5 3.5l1-1.5 3 1.5v2a1 1 0 0 1-1 1A10 10 0 0 1 2.5 3.5a1 1 0 0 1 1-1z',
  clock: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM8 5v3l2 1.5',
  reply: 'M6.5 4L3 7.5 6.5 11M3 7.5h6.5a3.5 3.5 0 0 1 3.5 3.5v1',
  forward: 'M9.5 4L13 7.5 9.5 11M13 7.5H6.5A3.5 3.5 0 0 0 3 11v1',
  duplicate:
    'M5.5 5.5V3.5a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M3.5 5.5h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-6a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1z',
  chats: 'M2.5 3.5h8v5.5h-4.5l-2.5 2v-2h-1zM10.5 6h3v5.5h-1v2l-2.5-2H7v-2.5',
  list: 'M5.5 4h8M5.5 8h8M5.5 12h8M2.5 4h.01M2.5 8h.01M2.5 12h.01',
} as const;

export type TypeIconName = keyof typeof paths;

export function SvgIcon({
  name,
  size = 14,
  className,
}: {
  name: TypeIconName;
  size?: number;
  className?: string;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      <path d={paths[name]} />
    </svg>
  );
}

/** Picks the icon for a card: its message type, else its kind. */
export function iconFor(card: Card): TypeIconName {
  if (card.kind === 'status') return 'status';
  if (card.kind === 'error') return 'error';
  if (card.kind === 'event') return card.type.startsWith('call') ? 'call' : 'event';
  if (card.type === 'audio' && card.details.voice === true) return 'voice';
  if (card.type === 'button') return 'interactive';
  if (card.type === 'attachments') return 'document';
  if (card.type === 'postback') return 'interactive';
  if (Object.hasOwn(paths, card.type)) return card.type as TypeIconName;
  return 'unknown';
}

export function TypeIcon({ card }: { card: Card }) {
  return (
    <span className={`${styles['type-icon']} ${styles[`type-icon-${card.kind}`] ?? ''}`} aria-hidden="true">
      <SvgIcon name={iconFor(card)} />
    </span>
  );
}

/**
 * Delivery ticks as WhatsApp draws them: one grey check (sent), two grey (delivered), two blue
 * (read/played), a red "!" (failed), a clock (pending). Labelled for screen readers and tests.
 */
export function Ticks({ tick, title }: { tick: Tick; title?: string }) {
  const label = title ?? tick;
  return (
    <span
      className={`${styles.ticks} ${styles[`ticks-${tick}`] ?? ''}`}
      role="img"
      aria-label={label}
      title={label}
      data-tick={tick}
      data-testid="ticks"
    >
      {tick === 'failed' ? (
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" fill="currentColor" />
          <path
            className={styles['tick-bang']}
            d="M8 4.5v4.2M8 11.2v.1"
            strokeWidth="1.7"
            strokeLinecap="round"
          />
        </svg>
      ) : tick === 'pending' ? (
        <SvgIcon name="clock" size={13} />
      ) : (
        <svg
          width={tick === 'sent' ? 12 : 17}
          height="12"
          viewBox={tick === 'sent' ? '0 0 12 12' : '0 0 17 12'}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
          aria-hidden="true"
          focusable="false"
        >
          {tick === 'sent' ? (
            <path d="M1.5 6.5l3 3 6-7" />
          ) : (
            <>
              <path d="M1.5 6.5l3 3 6-7" />
              <path d="M7.2 8.7l.8.8 6-7" />
            </>
          )}
        </svg>
      )}
    </span>
  );
}
