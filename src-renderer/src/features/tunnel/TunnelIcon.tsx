// The tunnel UI's icons, mapped onto lucide like components/Icon.
import { Link, MessageCircle, RotateCw, Settings, TriangleAlert, type LucideIcon } from 'lucide-react';
import { LucideGlyph, type IconProps } from '../../components/Icon';

const icons = {
  gear: Settings,
  chat: MessageCircle,
  link: Link,
  alert: TriangleAlert,
  retry: RotateCw,
} satisfies Record<string, LucideIcon>;

export type TunnelIconName = keyof typeof icons;

export function TunnelIcon({ name, ...rest }: { name: TunnelIconName } & IconProps) {
  return <LucideGlyph icon={icons[name]} {...rest} />;
}
