// @vitest-environment jsdom
// Message icons are lucide's: a card shows the icon of its type (a voice note is a microphone, not
// a music note), and each delivery state has its own shape, so a read message is told from a
// delivered one by colour and from a sent or failed one by shape.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Tick } from '@shared/cards';
import {
  CheckCheck,
  CircleQuestionMark,
  MapPin,
  MessageSquareText,
  Mic,
  Music,
  Phone,
  SquareMousePointer,
  type LucideIcon,
} from 'lucide-react';
import { Ticks, TypeIcon } from '../../../src-renderer/src/features/messages/TypeIcon';
import { card } from './support/cards';

afterEach(cleanup);

/** The lucide icon drawn (lucide names its glyph in the svg's class, e.g. "lucide-mic"). */
const glyph = (root: Element) =>
  [...(root.querySelector('svg')?.classList ?? [])].find((c) => c.startsWith('lucide-')) ?? null;

const glyphOf = (Icon: LucideIcon) => {
  const { container, unmount } = render(<Icon />);
  const name = glyph(container);
  unmount();
  return name;
};

describe('message icons', () => {
  it.each([
    ['text', card({ type: 'text' }), MessageSquareText],
    ['voice note', card({ type: 'audio', details: { voice: true } }), Mic],
    ['audio file', card({ type: 'audio' }), Music],
    ['location', card({ type: 'location' }), MapPin],
    ['button reply', card({ type: 'button' }), SquareMousePointer],
    ['read status', card({ kind: 'status', type: 'read' }), CheckCheck],
    ['call event', card({ kind: 'event', type: 'call_connect' }), Phone],
    ['unknown type', card({ type: 'something_new' }), CircleQuestionMark],
  ])('a %s card shows its own icon', (_name, c, Icon) => {
    const { container } = render(<TypeIcon card={c} />);
    expect(glyph(container)).toBe(glyphOf(Icon));
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws each delivery state as its own labelled shape', () => {
    const ticks: Tick[] = ['pending', 'sent', 'delivered', 'read', 'failed'];
    const shapes = ticks.map((tick) => {
      const { container } = render(<Ticks tick={tick} />);
      const label = container.querySelector('[role="img"]')?.getAttribute('aria-label');
      return [label, glyph(container)];
    });
    expect(shapes.map(([label]) => label)).toEqual(ticks);
    const [pending, sent, delivered, read, failed] = shapes.map(([, shape]) => shape);
    expect(read).toBe(delivered);
    expect(new Set([pending, sent, delivered, failed]).size).toBe(4);
    expect(shapes.every(([, shape]) => shape !== null)).toBe(true);
  });
});
