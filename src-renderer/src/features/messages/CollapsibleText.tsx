// Message text, verbatim. Long text is clipped by CSS (the whole string stays in the DOM, so
// copying and searching see all of it) with a "Show all" toggle.
import { useState } from 'react';
import { PayloadText } from '../../components/PayloadText';
import styles from '../messages/messages.module.css';

/** Clip above this many characters or lines; below it the text is always shown whole. */
const maxChars = 600;
const maxLines = 10;

export function isLongText(text: string): boolean {
  if (text.length > maxChars) return true;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (++lines > maxLines) return true;
  }
  return false;
}

export function CollapsibleText({ text, className }: { text: string; className?: string }) {
  const [expanded, setExpanded] = useState(false);
  const long = isLongText(text);
  const classes = [styles['msg-text'], className, long && !expanded ? styles['is-collapsed'] : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div>
      <PayloadText text={text} className={classes} testId="message-text" />
      {long && (
        <button
          type="button"
          className={`link-button ${styles['msg-show-all']}`}
          aria-expanded={expanded}
          onClick={(e) => {
            e.stopPropagation();
            setExpanded((v) => !v);
          }}
        >
          {expanded ? 'Show less' : `Show all (${[...text].length.toLocaleString('en-US')} characters)`}
        </button>
      )}
    </div>
  );
}
