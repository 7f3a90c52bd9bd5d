// A modal dialog on the native <dialog>: it brings the focus trap, Escape to close and the inert
// background. Content is a form, so Enter in a field submits it.
import { type FormEvent, type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';

import { Icon } from './Icon.js';

interface ModalDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
  footer: ReactNode;
  /** Focused when the dialog opens; otherwise the browser picks the first focusable control. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Read out with the title, for dialogs that ask a question. */
  describedBy?: string;
  size?: 'small' | 'medium' | 'large';
  role?: 'dialog' | 'alertdialog';
}

export function ModalDialog(props: ModalDialogProps) {
  const { open, title, onClose, onSubmit, children, footer, initialFocus, describedBy, size = 'medium', role } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The native close event arrives a task after dialog.close(). A close the owner asked for (open
  // became false) must not be reported back to it: by then it may have opened the next one
  // (Import another…) and would close that instead. Only closes nobody asked for are passed on.
  const closesAskedFor = useRef(0);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      initialFocus?.current?.focus();
    } else if (!open && dialog.open) {
      closesAskedFor.current += 1;
      dialog.close();
    }
  }, [open, initialFocus]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <dialog
      ref={dialogRef}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      onClose={() => {
        if (closesAskedFor.current > 0) closesAskedFor.current -= 1;
        else onClose();
      }}
      onCancel={(event) => {
        // Escape closes through onClose, so the owner's state and the element never disagree.
        event.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <form className="dialog__form" onSubmit={submit} noValidate>
          <header className="dialog__header">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              <Icon name="close" />
            </button>
          </header>
          <div className="dialog__body">{children}</div>
          <footer className="dialog__footer">{footer}</footer>
        </form>
      ) : null}
    </dialog>
  );
}
