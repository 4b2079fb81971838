// A modal on the native <dialog> (focus trapping, Esc and the backdrop come from the browser), for
// forms bigger than a confirmation. The content is mounted only while open, so a closed dialog
// keeps nothing it was given — a pasted authtoken included.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Icon } from '../../components/Icon';

interface ModalProps {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
  testId?: string;
}

export function Modal({ open, title, onClose, children, className, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first control (Close); a form can ask for its first field instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog tunnel-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // Keep the list's global shortcuts (/, arrows, Esc) out of the form.
      onKeyDown={(e) => e.stopPropagation()}
    >
      {open && (
        <>
          <div className="tunnel-dialog-head">
            <h2 id={titleId} className="dialog-title">
              {title}
            </h2>
            <button
              type="button"
              className="btn btn-ghost btn-icon"
              aria-label="Close"
              title="Close"
              onClick={onClose}
            >
              <Icon name="x" />
            </button>
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}
