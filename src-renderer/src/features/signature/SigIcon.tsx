// The signature views' icons, mapped onto lucide like components/Icon. Each verdict has its own
// shape, so colour is never the only signal.
import type { SignatureVerdict } from '@shared/signature-types';
import { LucideGlyph, type IconProps } from '../../components/Icon';
import {
  Check,
  CircleQuestionMark,
  Clock,
  CloudOff,
  Dot,
  Handshake,
  Info,
  KeyRound,
  Lightbulb,
  Minus,
  Shield,
  ShieldCheck,
  ShieldX,
  TriangleAlert,
  X,
  type LucideIcon,
} from 'lucide-react';

const icons = {
  shieldCheck: ShieldCheck,
  shieldX: ShieldX,
  shield: Shield,
  handshake: Handshake,
  key: KeyRound,
  alert: TriangleAlert,
  minus: Minus,
  cloudOff: CloudOff,
  check: Check,
  x: X,
  clock: Clock,
  lightbulb: Lightbulb,
  info: Info,
  dot: Dot,
  question: CircleQuestionMark,
} satisfies Record<string, LucideIcon>;

export type SigIconName = keyof typeof icons;

export function SigIcon({ name, ...rest }: { name: SigIconName } & IconProps) {
  return <LucideGlyph icon={icons[name]} {...rest} />;
}

/** Each verdict has its own shape too, so colour is never the only signal. */
export const verdictIcons: Record<SignatureVerdict, SigIconName> = {
  pass: 'check',
  fail: 'x',
  stale: 'clock',
  handshake: 'handshake',
  unverifiable: 'cloudOff',
  'no-secret': 'key',
  unsigned: 'minus',
};

export const bannerIcons: Record<SignatureVerdict, SigIconName> = {
  pass: 'shieldCheck',
  fail: 'shieldX',
  stale: 'clock',
  handshake: 'handshake',
  unverifiable: 'cloudOff',
  'no-secret': 'key',
  unsigned: 'shield',
};
