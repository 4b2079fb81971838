// Icons of decoded messages (a card's type, reply and forward marks, delivery ticks), mapped onto
// lucide like components/Icon: named imports, so the bundle carries only these.
import type { Card, Tick } from '@shared/cards';
import {
  Ban,
  ChartNoAxesColumn,
  Check,
  CheckCheck,
  CircleAlert,
  CircleQuestionMark,
  Clock,
  Copy,
  FileText,
  Forward,
  Image as ImageIcon,
  Info,
  MapPin,
  Megaphone,
  MessageSquareText,
  Mic,
  Music,
  Pencil,
  Phone,
  Reply,
  ShoppingCart,
  SmilePlus,
  SquareMousePointer,
  Sticker,
  TriangleAlert,
  Users,
  Video,
  Zap,
  type LucideIcon,
} from 'lucide-react';
import { LucideGlyph } from '../../components/Icon';
import styles from '../messages/messages.module.css';

const icons = {
  text: MessageSquareText,
  image: ImageIcon,
  video: Video,
  audio: Music,
  voice: Mic,
  document: FileText,
  sticker: Sticker,
  location: MapPin,
  contacts: Users,
  reaction: SmilePlus,
  interactive: SquareMousePointer,
  order: ShoppingCart,
  system: Info,
  referral: Megaphone,
  edit: Pencil,
  revoke: Ban,
  unknown: CircleQuestionMark,
  poll: ChartNoAxesColumn,
  event: Zap,
  error: TriangleAlert,
  status: CheckCheck,
  call: Phone,
  clock: Clock,
  reply: Reply,
  forward: Forward,
  duplicate: Copy,
} satisfies Record<string, LucideIcon>;

export type MessageIconName = keyof typeof icons;

export function MessageIcon({ name, size = 14 }: { name: MessageIconName; size?: number }) {
  return <LucideGlyph icon={icons[name]} size={size} />;
}

/** Picks the icon for a card: its message type, else its kind. */
export function iconFor(card: Card): MessageIconName {
  if (card.kind === 'status') return 'status';
  if (card.kind === 'error') return 'error';
  if (card.kind === 'event') return card.type.startsWith('call') ? 'call' : 'event';
  if (card.type === 'audio' && card.details.voice === true) return 'voice';
  if (card.type === 'button') return 'interactive';
  if (card.type === 'attachments') return 'document';
  if (card.type === 'postback') return 'interactive';
  if (Object.hasOwn(icons, card.type)) return card.type as MessageIconName;
  return 'unknown';
}

export function TypeIcon({ card }: { card: Card }) {
  return (
    <span className={`${styles['type-icon']} ${styles[`type-icon-${card.kind}`] ?? ''}`} aria-hidden="true">
      <MessageIcon name={iconFor(card)} />
    </span>
  );
}

/** Each delivery state has its own shape, so colour (grey, blue, red) is never the only signal. */
const tickIcons: Record<Tick, LucideIcon> = {
  sent: Check,
  delivered: CheckCheck,
  read: CheckCheck,
  played: CheckCheck,
  failed: CircleAlert,
  pending: Clock,
};

/**
 * Delivery ticks as WhatsApp shows them: one grey check (sent), two grey (delivered), two blue
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
      <LucideGlyph icon={tickIcons[tick]} size={tick === 'pending' ? 13 : 14} strokeWidth={2} />
    </span>
  );
}
