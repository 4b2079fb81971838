// The few extra 16px stroke icons the tunnel UI needs, drawn like components/Icon (inline SVG,
// nothing the CSP has to allow).
import { StrokeIcon, type StrokeIconProps } from '../../components/Icon';

const paths = {
  gear: 'M8 5.75a2.25 2.25 0 1 0 0 4.5 2.25 2.25 0 0 0 0-4.5zM6.9 1.75h2.2l.35 1.7 1.2.7 1.65-.55 1.1 1.9-1.3 1.15v1.4l1.3 1.15-1.1 1.9-1.65-.55-1.2.7-.35 1.7H6.9l-.35-1.7-1.2-.7-1.65.55-1.1-1.9 1.3-1.15v-1.4L2.6 5.5l1.1-1.9 1.65.55 1.2-.7z',
  chat: 'M8 2.25c-3.2 0-5.75 2.3-5.75 5.15 0 1.1.38 2.1 1.03 2.95L2.5 13.5l3.2-.95c.7.28 1.48.43 2.3.43 3.2 0 5.75-2.3 5.75-5.15S11.2 2.25 8 2.25z',
  link: 'M6.75 9.25a2.6 2.6 0 0 0 3.7 0l2.1-2.1a2.6 2.6 0 0 0-3.7-3.7l-.9.9M9.25 6.75a2.6 2.6 0 0 0-3.7 0l-2.1 2.1a2.6 2.6 0 0 0 3.7 3.7l.9-.9',
  alert: 'M8 1.75l6.25 11.5H1.75zM8 6.25v3.25M8 11.4v.1',
  retry: 'M13 8a5 5 0 1 1-1.46-3.54M13 2.5v3h-3',
} as const;

export type TunnelIconName = keyof typeof paths;

export function TunnelIcon({ name, ...rest }: { name: TunnelIconName } & StrokeIconProps) {
  return <StrokeIcon d={paths[name]} {...rest} />;
}
