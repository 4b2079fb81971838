// The UI's general icons, from lucide (named imports, so the bundle carries only these). Feature
// icon sets (SigIcon, TunnelIcon) map their own names onto lucide the same way.
import {
  Check,
  ChevronDown,
  ChevronRight,
  ChevronsUpDown,
  Copy,
  Funnel,
  Inbox,
  Monitor,
  Moon,
  Search,
  Sun,
  Trash2,
  Cable,
  X,
  type LucideIcon,
  type LucideProps,
} from 'lucide-react';

const icons = {
  copy: Copy,
  check: Check,
  sun: Sun,
  moon: Moon,
  monitor: Monitor,
  search: Search,
  trash: Trash2,
  chevronRight: ChevronRight,
  chevronDown: ChevronDown,
  x: X,
  tunnel: Cable,
  inbox: Inbox,
  filter: Funnel,
  expand: ChevronsUpDown,
} satisfies Record<string, LucideIcon>;

export type IconName = keyof typeof icons;

export type IconProps = { size?: number } & Omit<LucideProps, 'ref'>;

/** One icon at the UI's sizes (14 px by default), hidden from assistive tech: its button names it. */
export function LucideGlyph({
  icon: Glyph,
  size = 14,
  strokeWidth = 1.75,
  ...rest
}: { icon: LucideIcon } & IconProps) {
  return <Glyph size={size} strokeWidth={strokeWidth} aria-hidden="true" focusable="false" {...rest} />;
}

export function Icon({ name, ...rest }: { name: IconName } & IconProps) {
  return <LucideGlyph icon={icons[name]} {...rest} />;
}
