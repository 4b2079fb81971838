// Copy-to-clipboard with a short confirmation tick. `getText` is lazy so copying a 10 MB body
// costs nothing until the click.
import { useEffect, useState } from 'react';
import { copyText } from './clipboard';
import { Icon } from './Icon';

interface CopyButtonProps {
  getText: () => string;
  label: string;
  /** Show the label next to the icon (otherwise it is the tooltip and accessible name only). */
  showLabel?: boolean;
  className?: string;
}

export type CopyState = 'idle' | 'busy' | 'copied' | 'failed';

/**
 * The state behind any copy button, for the ones this component does not fit: `copy` writes the
 * text, and "copied" / "failed" show for a moment before going back to idle. `setState` is for a
 * button that must first fetch its text ('busy') or can fail before copying.
 */
export function useCopyState() {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state !== 'copied' && state !== 'failed') return;
    const t = setTimeout(() => setState('idle'), 1400);
    return () => clearTimeout(t);
  }, [state]);
  const copy = (text: string) => void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'));
  return { state, setState, copy };
}

export function CopyButton({ getText, label, showLabel = false, className }: CopyButtonProps) {
  const { state, copy } = useCopyState();

  return (
    <button
      type="button"
      className={`btn btn-ghost btn-icon${showLabel ? ' btn-with-label' : ''}${className ? ` ${className}` : ''}`}
      title={state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
      aria-label={label}
      data-state={state}
      onClick={(e) => {
        e.stopPropagation();
        copy(getText());
      }}
    >
      <Icon name={state === 'copied' ? 'check' : 'copy'} />
      {showLabel && <span>{state === 'copied' ? 'Copied' : label}</span>}
    </button>
  );
}
