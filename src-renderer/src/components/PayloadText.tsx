// The one way to show a string that came from a webhook. It is a React text node (never HTML), it is
// bidi-isolated so a U+202E in a payload cannot reorder the UI around it, and invisible control
// characters are drawn as visible markers (Trojan-Source style tricks show up instead of hiding).
import { memo } from 'react';

// Bidi embeddings/overrides/isolates and marks, C0 controls except tab/newline/CR, DEL, C1 controls.
// Matching control characters is the point here, hence the rule is off for these two lines.
/* eslint-disable no-control-regex */
const hidden =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const hiddenGlobal = new RegExp(hidden.source, 'g');
/* eslint-enable no-control-regex */

const names: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Splits text into plain runs and marker runs; exported for the windowed text views. */
export function renderVisible(text: string): React.ReactNode {
  if (!hidden.test(text)) return text;
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(hiddenGlobal)) {
    const index = match.index;
    if (index > last) parts.push(text.slice(last, index));
    const cp = match[0].codePointAt(0)!;
    const label = codePointLabel(cp);
    parts.push(
      <span key={index} className="ctl-marker" title={`${label} ${names[cp] ?? 'control character'}`}>
        {label}
      </span>,
    );
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

interface PayloadTextProps {
  text: string;
  className?: string;
  title?: string;
  /** For tests that need one piece of payload text among many (the path of a row, its summary). */
  testId?: string;
}

export const PayloadText = memo(function PayloadText({ text, className, title, testId }: PayloadTextProps) {
  return (
    <bdi
      dir="auto"
      className={className ? `payload ${className}` : 'payload'}
      title={title}
      data-testid={testId}
    >
      {renderVisible(text)}
    </bdi>
  );
});
