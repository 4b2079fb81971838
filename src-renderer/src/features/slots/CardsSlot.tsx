// The Overview's digest of the decoded cards: one line per item (icon, who, what, when). The
// Messages tab has the full cards.
import type { Card } from '@shared/cards';
import { PayloadText } from '../../components/PayloadText';
import { cardTick, tickLabels } from '../../model/card-format';
import { CardTime } from '../messages/MessageCard';
import { Ticks, TypeIcon } from '../messages/TypeIcon';
import detailStyles from '../detail/detail.module.css';
import messageStyles from '../messages/messages.module.css';

const shownInOverview = 6;

function who(card: Card): string | null {
  if (card.kind === 'status' || card.direction === 'outbound') {
    const to = card.toName ?? card.to;
    return to === null ? null : `→ ${to}`;
  }
  return card.fromName ?? card.from;
}

export function CardsSlot({ cards }: { cards: Card[] }) {
  if (cards.length === 0) return null;
  const rest = cards.length - shownInOverview;
  return (
    <section className={detailStyles['overview-section']} aria-label="Decoded payload">
      <h3 className="section-title">
        Decoded <span className="tab-badge">{cards.length}</span>
      </h3>
      <ul className={messageStyles['card-digest']}>
        {cards.slice(0, shownInOverview).map((card, i) => {
          const tick = cardTick(card);
          const party = who(card);
          return (
            <li key={i} className={messageStyles['card-digest-row']}>
              <TypeIcon card={card} />
              {party !== null && <PayloadText text={party} className={messageStyles['card-digest-who']} />}
              {tick !== null ? (
                <span className={messageStyles['card-digest-what']}>
                  <Ticks tick={tick} title={tickLabels[tick]} /> {tickLabels[tick]}
                </span>
              ) : (
                <PayloadText text={card.summary} className={messageStyles['card-digest-what']} />
              )}
              <CardTime timestamp={card.timestamp} fallback="" />
            </li>
          );
        })}
      </ul>
      <p className={`muted ${messageStyles['card-digest-more']}`}>
        {rest > 0 ? `${rest.toLocaleString('en-US')} more — full` : 'Full'} cards in the Messages tab.
      </p>
    </section>
  );
}
