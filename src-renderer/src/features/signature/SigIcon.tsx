// Stroke icons for the signature views (same 16px grid and stroke as components/Icon), drawn as
// React SVG elements so the CSP has nothing to allow.
import type { SignatureVerdict } from '@shared/signature-types';
import { StrokeIcon, type StrokeIconProps } from '../../components/Icon';

const paths = {
  shieldCheck: 'M8 1.8l5 1.9v3.9c0 3.1-2.1 5.6-5 6.6-2.9-1-5-3.5-5-6.6V3.7zM5.6 8.1l1.7 1.7 3.2-3.4',
  shieldX: 'M8 1.8l5 1.9v3.9c0 3.1-2.1 5.6-5 6.6-2.9-1-5-3.5-5-6.6V3.7zM6 6l4 4M10 6l-4 4',
  shield: 'M8 1.8l5 1.9v3.9c0 3.1-2.1 5.6-5 6.6-2.9-1-5-3.5-5-6.6V3.7z',
  handshake: 'M2.5 5.5h9l-2-2M13.5 10.5h-9l2 2',
  key: 'M10.2 2.5a3.3 3.3 0 1 0 0 6.6 3.3 3.3 0 0 0 0-6.6zM7.8 8.2L2.5 13.5M4.2 11.8l1.6 1.6M5.6 10.4l1.4 1.4',
  alert: 'M8 2.2l6 10.6H2zM8 6.3v3M8 11.2v.1',
  minus: 'M4 8h8',
  cloudOff: 'M4.5 12.5h7a2.5 2.5 0 0 0 .4-5 4 4 0 0 0-7.7-.9A2.9 2.9 0 0 0 4.5 12.5zM2.5 2.5l11 11',
  check: 'M3.5 8.5l3 3 6-7',
  x: 'M4 4l8 8M12 4l-8 8',
  clock: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM8 5v3.2l2.2 1.4',
  lightbulb:
    'M6 12.5h4M6.5 14h3M8 1.8a4.2 4.2 0 0 0-2.5 7.6c.5.4.8.9.8 1.5v.3h3.4v-.3c0-.6.3-1.1.8-1.5A4.2 4.2 0 0 0 8 1.8z',
  info: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM8 7.3v3.4M8 5.2v.1',
  dot: 'M8 6.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z',
  question: 'M6.2 6a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.7-.8 1.2v.5M8 11.3v.1',
} as const;

export type SigIconName = keyof typeof paths;

export function SigIcon({ name, ...rest }: { name: SigIconName } & StrokeIconProps) {
  return <StrokeIcon d={paths[name]} strokeWidth={1.5} {...rest} />;
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
