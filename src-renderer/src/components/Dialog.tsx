// The one modal: the native <dialog> (focus trapping, Esc and the backdrop come from the browser),
// a title with a close button, and content mounted only while open — so a closed dialog keeps
// nothing it was given (a pasted authtoken included). Confirmations and the tabbed tool dialogs are
// built on it.
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { X } from 'lucide-react';
import { classes } from '../lib/classes';
import styles from './Dialog.module.css';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  className?: string;
  /** A form or several paragraphs rather than a one-line confirmation: wider, paragraphs further apart. */
  roomy?: boolean;
  /** The header row's class (each dialog keeps its own spacing). */
  headClassName?: string;
  testId?: string;
  /** False: no × in the header (a confirmation's Cancel is the way out). */
  closeButton?: boolean;
  /** Focused on open; otherwise the first `[data-autofocus]` inside, else the browser's choice. */
  initialFocus?: RefObject<HTMLElement | null>;
}

export function Dialog({
  open,
  title,
  onClose,
  children,
  className,
  roomy = false,
  headClassName = 'dialog-head',
  testId,
  closeButton = true,
  initialFocus,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      (initialFocus?.current ?? dialog.querySelector<HTMLElement>('[data-autofocus]'))?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open, initialFocus]);

  return (
    <dialog
      ref={ref}
      className={classes('dialog', roomy && styles.roomy, className)}
      aria-labelledby={titleId}
      data-testid={testId}
      // React forwards a nested dialog's cancel/close (a confirmation inside a tools dialog) up the
      // component tree: only this dialog's own events close it.
      onCancel={(e) => {
        if (e.target !== e.currentTarget) return;
        e.preventDefault();
        onClose();
      }}
      onClose={(e) => {
        if (e.target === e.currentTarget && open) onClose();
      }}
      // Keep the list's global shortcuts (/, arrows, Esc) out of the dialog.
      onKeyDown={(e) => e.stopPropagation()}
    >
      {open && (
        <>
          <header className={headClassName}>
            <h2 id={titleId} className="dialog-title">
              {title}
            </h2>
            {closeButton && (
              <button
                type="button"
                className="btn btn-ghost btn-icon"
                aria-label="Close"
                title="Close (Esc)"
                onClick={onClose}
              >
                <X size={16} aria-hidden="true" />
              </button>
            )}
          </header>
          {children}
        </>
      )}
    </dialog>
  );
}
