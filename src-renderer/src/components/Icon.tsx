// A handful of 16px stroke icons drawn as React SVG elements: no icon font, no external fetch,
// nothing the CSP would have to allow.
import type { SVGProps } from 'react';

const paths = {
  copy: 'M5.5 5.5V3.5a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M3.5 5.5h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-6a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1z',
  check: 'M3.5 8.5l3 3 6-7',
  sun: 'M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1',
  moon: 'M13 9.5A5.5 5.5 0 0 1 6.5 3a5.5 5.5 0 1 0 6.5 6.5z',
  monitor: 'M2.5 3.5h11v7h-11zM6 13.5h4M8 10.5v3',
  search: 'M7 2.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM10.2 10.2l3.3 3.3',
  trash:
    'M2.5 4.5h11M6.5 4.5V3a.5.5 0 0 1 .5-.5h2a.5.5 0 0 1 .5.5v1.5M4 4.5l.7 8.6a1 1 0 0 0 1 .9h4.6a1 1 0 0 0 1-.9l.7-8.6',
  chevronRight: 'M6 3.5l4.5 4.5L6 12.5',
  chevronDown: 'M3.5 6l4.5 4.5L12.5 6',
  x: 'M4 4l8 8M12 4l-8 8',
  tunnel: 'M2 12.5V8a6 6 0 0 1 12 0v4.5M5 12.5V8a3 3 0 0 1 6 0v4.5',
  inbox:
    'M2.5 9.5l1.6-5.2a1 1 0 0 1 1-.8h5.8a1 1 0 0 1 1 .8l1.6 5.2v3a1 1 0 0 1-1 1h-9a1 1 0 0 1-1-1zM2.5 9.5h3l1 1.5h3l1-1.5h3',
  filter: 'M2.5 3.5h11l-4.2 5v4l-2.6 1.5V8.5z',
  expand: 'M3 6.5L8 11.5 13 6.5',
} as const;

export type IconName = keyof typeof paths;

export type StrokeIconProps = { size?: number } & SVGProps<SVGSVGElement>;

/** One path on the shared 16px grid; feature icon sets (tunnel, signature) draw through this too. */
export function StrokeIcon({ d, size = 14, strokeWidth = 1.4, ...rest }: { d: string } & StrokeIconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      <path d={d} />
    </svg>
  );
}

export function Icon({ name, ...rest }: { name: IconName } & StrokeIconProps) {
  return <StrokeIcon d={paths[name]} {...rest} />;
}
