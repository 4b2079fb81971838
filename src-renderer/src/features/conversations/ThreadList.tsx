// The thread list: one row per contact, newest activity first, with the last message and time,
// and how many of its captures failed signature verification.
import type { ConversationSummary } from '@shared/cards';
import { PayloadText } from '../../components/PayloadText';
import { channelLabel, formatShortTime, initialOf } from '../../model/card-format';
import { utcTitle } from '../../lib/format';
import styles from '../messages/messages.module.css';

/** A stable hue per thread so avatars are tellable apart at a glance (class-based, CSP-safe). */
function hueClass(key: string): string {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return styles[`avatar-hue-${h % 6}`] ?? '';
}

type Who = Pick<ConversationSummary, 'key' | 'contactName' | 'contact'>;

export function Avatar({ conversation }: { conversation: Who }) {
  return (
    <span className={`${styles.avatar} ${hueClass(conversation.key)}`} aria-hidden="true">
      <PayloadText text={initialOf(conversation.contactName, conversation.contact)} />
    </span>
  );
}

interface ThreadListProps {
  conversations: ConversationSummary[];
  selectedKey: string | null;
  onSelect(key: string): void;
  /** Shown at the end when the server has older threads. */
  more?: React.ReactNode;
}

export function ThreadList({ conversations, selectedKey, onSelect, more }: ThreadListProps) {
  return (
    <ul
      className={styles['thread-list']}
      aria-label="Conversations, most recent first"
      data-testid="thread-list"
      onKeyDown={(e) => {
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        const i = conversations.findIndex((c) => c.key === selectedKey);
        const next =
          conversations[
            Math.max(0, Math.min(conversations.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))
          ];
        if (!next) return;
        e.preventDefault();
        onSelect(next.key);
        e.currentTarget
          .querySelector<HTMLButtonElement>(`[data-thread-key="${CSS.escape(next.key)}"]`)
          ?.focus();
      }}
    >
      {conversations.map((c) => {
        const name = c.contactName ?? c.contact ?? c.key;
        const channel = channelLabel(c.channel);
        return (
          <li key={c.key}>
            <button
              type="button"
              className={styles['thread-row']}
              aria-current={c.key === selectedKey ? 'true' : undefined}
              data-thread-key={c.key}
              onClick={() => onSelect(c.key)}
            >
              <Avatar conversation={c} />
              <span className={styles['thread-row-main']}>
                <span className={styles['thread-row-top']}>
                  <PayloadText text={name} className={styles['thread-name']} />
                  {c.lastReceivedAt && (
                    <span
                      className={styles['thread-time']}
                      title={`Last capture ${utcTitle(c.lastReceivedAt)}`}
                    >
                      {formatShortTime(c.lastReceivedAt)}
                    </span>
                  )}
                </span>
                <span className={styles['thread-row-sub']}>
                  {c.contactName !== null && c.contact !== null && (
                    <PayloadText text={c.contact} className={`${styles['thread-number']} mono`} />
                  )}
                  {channel && <span className={styles['thread-channel']}>{channel}</span>}
                  {c.failedSignatures > 0 && (
                    <span
                      className={styles['thread-sig-failed']}
                      title={`${c.failedSignatures} capture${c.failedSignatures === 1 ? '' : 's'} in this thread failed signature verification`}
                      data-testid="thread-sig-failed"
                    >
                      {c.failedSignatures} invalid signature{c.failedSignatures === 1 ? '' : 's'}
                    </span>
                  )}
                </span>
                {c.lastText && (
                  <span className={styles['thread-preview']}>
                    <PayloadText text={Array.from(c.lastText.slice(0, 400)).slice(0, 160).join('')} />
                  </span>
                )}
              </span>
            </button>
          </li>
        );
      })}
      {more && <li className={styles['thread-more']}>{more}</li>}
    </ul>
  );
}
