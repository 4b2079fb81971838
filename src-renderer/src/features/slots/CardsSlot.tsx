// Slot for decoded message cards (WhatsApp messages, statuses…) produced by the decoders module.
// A plain, text-only rendering until the cards issue gives each kind its own view.
import type { Card } from '../../../../src-main/shared/cards';
import { PayloadText } from '../../components/PayloadText';
import { formatLocalDateTime, utcTitle } from '../../lib/format';

export function CardsSlot({ cards }: { cards: Card[] }) {
  if (cards.length === 0) return null;
  return (
    <section className="overview-section" aria-label="Decoded payload">
      <h3 className="section-title">Payload</h3>
      <ul className="cards">
        {cards.map((card, i) => (
          <li key={card.id ?? i} className={`card card-${card.kind}`}>
            <div className="card-head">
              <span className="card-type">
                <PayloadText text={`${card.kind} · ${card.type}`} />
              </span>
              {card.timestamp && (
                <time className="card-time" dateTime={card.timestamp} title={utcTitle(card.timestamp)}>
                  {formatLocalDateTime(card.timestamp)}
                </time>
              )}
            </div>
            {(card.from || card.to) && (
              <div className="card-parties">
                <PayloadText
                  text={`${card.fromName ?? card.from ?? '—'} → ${card.toName ?? card.to ?? '—'}`}
                />
              </div>
            )}
            <div className="card-summary">
              <PayloadText text={card.summary} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
