// The content of one card, by type: text, media with its metadata, place, contacts, order,
// interactive selection, referral, reaction, errors and the leftover details. Every string from
// the payload goes through PayloadText (text node, bidi-isolated); URLs are shown, never linked.
import { Fragment } from 'react';
import type { Card, CardError } from '@shared/cards';
import { CopyButton } from '../../components/CopyButton';
import { PayloadText } from '../../components/PayloadText';
import { CollapsibleText } from './CollapsibleText';
import { humanKey, isRecord, mediaMeta, shownDetailKeys, str, valueText } from '../../model/card-format';
import { MessageIcon } from './TypeIcon';
import styles from '../messages/messages.module.css';

function Field({
  label,
  value,
  mono = false,
  copy = false,
}: {
  label: string;
  value: string;
  mono?: boolean;
  copy?: boolean;
}) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <PayloadText text={value} className={mono ? 'mono' : undefined} />
        {copy && (
          <CopyButton
            label={`Copy ${label.toLowerCase()}`}
            getText={() => value}
            className={styles['msg-copy']}
          />
        )}
      </dd>
    </>
  );
}

export function MediaBlock({ card }: { card: Card }) {
  const meta = mediaMeta(card);
  if (!meta) return null;
  return (
    <dl
      className={`${styles['msg-fields']} ${styles['msg-media']}`}
      aria-label="Media"
      data-testid="message-media"
    >
      {meta.filename !== null && <Field label="File" value={meta.filename} copy />}
      {meta.mimeType !== null && <Field label="MIME" value={meta.mimeType} mono />}
      {meta.mediaId !== null && <Field label="Media id" value={meta.mediaId} mono copy />}
      {meta.sha256 !== null && <Field label="SHA-256" value={meta.sha256} mono copy />}
      {meta.mediaUrl !== null && <Field label="URL" value={meta.mediaUrl} mono copy />}
    </dl>
  );
}

function LocationBlock({ card }: { card: Card }) {
  const d = card.details;
  const lat = str(d.latitude);
  const lon = str(d.longitude);
  const name = str(d.name);
  const address = str(d.address);
  const url = str(d.url);
  const mapUrl = str(d.mapUrl);
  return (
    <div className={styles['msg-place']}>
      {(name !== null || address !== null) && (
        <div className={styles['msg-place-name']}>
          {name !== null && <PayloadText text={name} className={styles['msg-strong']} />}
          {address !== null && <PayloadText text={address} className="muted" />}
        </div>
      )}
      <dl className={styles['msg-fields']}>
        {lat !== null && lon !== null && <Field label="Coordinates" value={`${lat}, ${lon}`} mono copy />}
        {url !== null && <Field label="Place URL" value={url} mono copy />}
        {mapUrl !== null && <Field label="Map" value={mapUrl} mono copy />}
      </dl>
    </div>
  );
}

function ContactsBlock({ contacts }: { contacts: unknown[] }) {
  return (
    <ul className={styles['msg-contacts']}>
      {contacts.filter(isRecord).map((c, i) => {
        const phones = Array.isArray(c.phones)
          ? c.phones.map(str).filter((p): p is string => p !== null)
          : [];
        const emails = Array.isArray(c.emails)
          ? c.emails.map(str).filter((p): p is string => p !== null)
          : [];
        const org = str(c.organization);
        return (
          <li key={i} className={styles['msg-contact']}>
            <MessageIcon name="contacts" />
            <div>
              <PayloadText text={str(c.name) ?? 'Unnamed contact'} className={styles['msg-strong']} />
              {org !== null && (
                <div className="muted">
                  <PayloadText text={org} />
                </div>
              )}
              {[...phones, ...emails].map((v, j) => (
                <div key={j} className={`mono ${styles['msg-contact-line']}`}>
                  <PayloadText text={v} />
                </div>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function OrderBlock({ card }: { card: Card }) {
  const items = Array.isArray(card.details.items) ? card.details.items.filter(isRecord) : [];
  const catalog = str(card.details.catalogId);
  return (
    <div>
      {items.length > 0 && (
        <table className={styles['msg-table']} aria-label="Order items">
          <thead>
            <tr>
              <th>Product</th>
              <th className={styles.num}>Qty</th>
              <th className={styles.num}>Price</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => (
              <tr key={i}>
                <td>
                  <PayloadText text={str(item.productRetailerId) ?? '—'} className="mono" />
                </td>
                <td className={styles.num}>
                  <PayloadText text={str(item.quantity) ?? '—'} />
                </td>
                <td className={styles.num}>
                  <PayloadText
                    text={[str(item.itemPrice), str(item.currency)].filter(Boolean).join(' ') || '—'}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {catalog !== null && (
        <dl className={styles['msg-fields']}>
          <Field label="Catalog" value={catalog} mono copy />
        </dl>
      )}
    </div>
  );
}

function InteractiveBlock({ card }: { card: Card }) {
  const d = card.details;
  const kind = str(d.interactiveType);
  const selection = str(d.selectionId) ?? str(d.payload);
  const description = str(d.description);
  const responseJson = str(d.responseJson);
  let pretty: string | null = null;
  if (isRecord(d.response)) pretty = valueText(d.response);
  else if (responseJson !== null) pretty = responseJson;
  return (
    <>
      <dl className={styles['msg-fields']}>
        {kind !== null && <Field label="Kind" value={kind} mono />}
        {selection !== null && <Field label="Selection id" value={selection} mono copy />}
        {description !== null && card.summary.indexOf(description) === -1 && (
          <Field label="Description" value={description} />
        )}
      </dl>
      {pretty !== null && (
        <pre className={styles['msg-json']}>
          <PayloadText text={pretty} />
        </pre>
      )}
    </>
  );
}

function ReferralBlock({ referral }: { referral: Record<string, unknown> }) {
  const headline = str(referral.headline);
  const body = str(referral.body);
  const rest = Object.entries(referral).filter(([k]) => k !== 'headline' && k !== 'body');
  return (
    <div className={styles['msg-referral']} aria-label="Ad referral">
      <div className={styles['msg-referral-head']}>
        <MessageIcon name="referral" />
        <span>Click-to-chat ad</span>
      </div>
      {headline !== null && <PayloadText text={headline} className={styles['msg-strong']} />}
      {body !== null && (
        <div>
          <PayloadText text={body} />
        </div>
      )}
      <dl className={styles['msg-fields']}>
        {rest.map(([k, v]) => (
          <Field
            key={k}
            label={humanKey(k)}
            value={valueText(v)}
            mono={typeof v !== 'string' || /url|id|clid/i.test(k)}
            copy={/url|id|clid/i.test(k)}
          />
        ))}
      </dl>
    </div>
  );
}

export function ErrorPanel({ errors }: { errors: CardError[] }) {
  if (errors.length === 0) return null;
  return (
    <div className={styles['msg-errors']}>
      {errors.map((e, i) => (
        <div
          key={i}
          className={styles['msg-error']}
          role="group"
          aria-label={`Provider error ${e.code ?? ''}`.trim()}
        >
          <div className={styles['msg-error-head']}>
            <MessageIcon name="error" />
            {e.code !== null && <PayloadText text={e.code} className={`${styles['msg-error-code']} mono`} />}
            <PayloadText text={e.title ?? e.message ?? 'Error'} className={styles['msg-strong']} />
          </div>
          {e.message !== null && e.message !== e.title && (
            <div className={styles['msg-error-line']}>
              <PayloadText text={e.message} />
            </div>
          )}
          {e.details !== null && (
            <div className={`${styles['msg-error-line']} muted`}>
              <PayloadText text={e.details} />
            </div>
          )}
          {e.href !== null && (
            <div className={`${styles['msg-error-line']} ${styles['msg-error-href']}`}>
              <PayloadText text={e.href} className="mono" />
              <CopyButton
                label="Copy documentation link"
                getText={() => e.href ?? ''}
                className={styles['msg-copy']}
              />
            </div>
          )}
        </div>
      ))}
    </div>
  );
}

/** Badges the card shows as its own markers (reply, forward) are left out of the generic chips. */
function extraBadges(card: Card): string[] {
  return card.badges.filter((b) => {
    if (card.replyTo !== null && b.startsWith('↩')) return false;
    if (card.forwarded !== null && b.startsWith('Forwarded')) return false;
    return true;
  });
}

export function Markers({ card }: { card: Card }) {
  const badges = extraBadges(card);
  if (card.replyTo === null && card.forwarded === null && badges.length === 0) return null;
  return (
    <div className={styles['msg-markers']}>
      {card.replyTo !== null && (
        <span className={styles['msg-marker']} title={`In reply to ${card.replyTo}`}>
          <MessageIcon name="reply" size={12} />
          <span>reply to</span>
          <PayloadText text={card.replyTo} className={`mono ${styles['msg-marker-id']}`} />
        </span>
      )}
      {card.forwarded !== null && (
        <span className={`${styles['msg-marker']} ${styles['msg-marker-forward']}`}>
          <MessageIcon name="forward" size={12} />
          {card.forwarded === 'frequently_forwarded' ? 'Forwarded many times' : 'Forwarded'}
        </span>
      )}
      {badges.map((b, i) => (
        <span key={i} className={styles['msg-marker']}>
          <PayloadText text={b} />
        </span>
      ))}
    </div>
  );
}

/** The main content: what a person would read in the chat. */
export function CardMain({ card }: { card: Card }) {
  const d = card.details;
  if (card.type === 'reaction' && card.kind === 'message') {
    const emoji = str(d.emoji) ?? '';
    const target = card.reactsTo ?? str(d.reactedTo);
    return (
      <div className={styles['msg-reaction']}>
        {emoji !== '' ? (
          <PayloadText text={emoji} className={styles['msg-reaction-emoji']} />
        ) : (
          <span className="muted">Removed reaction</span>
        )}
        {target !== null && (
          <span className={`muted ${styles['msg-reaction-target']}`}>
            {emoji !== '' ? 'on ' : 'from '}
            <PayloadText text={target} className="mono" />
          </span>
        )}
      </div>
    );
  }
  return <CollapsibleText text={card.summary} />;
}

/** Type-specific blocks under the content. `compact` (chat bubbles) keeps only what reads as chat. */
export function CardBlocks({ card, compact = false }: { card: Card; compact?: boolean }) {
  const d = card.details;
  const referral = isRecord(d.referral) ? d.referral : null;
  const contacts = Array.isArray(d.contacts) ? d.contacts : null;
  return (
    <>
      {card.type === 'location' && !compact && <LocationBlock card={card} />}
      {contacts !== null && card.type === 'contacts' && <ContactsBlock contacts={contacts} />}
      {card.type === 'order' && <OrderBlock card={card} />}
      {(card.type === 'interactive' || card.type === 'button') && !compact && (
        <InteractiveBlock card={card} />
      )}
      {referral !== null && <ReferralBlock referral={referral} />}
      {!compact && <MediaBlock card={card} />}
      <ErrorPanel errors={card.errors} />
    </>
  );
}

/** Whatever the decoder found that the blocks above do not show, as a collapsed list. */
export function DetailsList({ card, open }: { card: Card; open?: boolean }) {
  const entries = Object.entries(card.details).filter(([k]) => !shownDetailKeys.has(k));
  if (entries.length === 0) return null;
  return (
    <details className={styles['msg-details']} open={open}>
      <summary>
        Details <span className="tab-badge">{entries.length}</span>
      </summary>
      <dl className={styles['msg-fields']}>
        {entries.map(([k, v]) => {
          const text = valueText(v);
          const block = typeof v === 'object' && v !== null;
          return (
            <Fragment key={k}>
              <dt>{humanKey(k)}</dt>
              <dd>
                {block ? (
                  <pre className={styles['msg-json']}>
                    <PayloadText text={text} />
                  </pre>
                ) : (
                  <PayloadText text={text} className="mono" />
                )}
              </dd>
            </Fragment>
          );
        })}
      </dl>
    </details>
  );
}
