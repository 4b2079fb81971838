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

export function CopyButton({ getText, label, showLabel = false, className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 1400);
    return () => clearTimeout(t);
  }, [state]);

  return (
    <button
      type="button"
      className={`btn btn-ghost btn-icon${showLabel ? ' btn-with-label' : ''}${className ? ` ${className}` : ''}`}
      title={state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
      aria-label={label}
      data-state={state}
      onClick={(e) => {
        e.stopPropagation();
        void copyText(getText()).then((ok) => setState(ok ? 'copied' : 'failed'));
      }}
    >
      <Icon name={state === 'copied' ? 'check' : 'copy'} />
      {showLabel && <span>{state === 'copied' ? 'Copied' : label}</span>}
    </button>
  );
}
