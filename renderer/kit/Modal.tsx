import { useEffect, useId, useRef, type ReactNode } from 'react'
import './modal.css'

/** A modal dialog: the browser's own <dialog> keeps focus inside and closes on Escape. */
export function Modal({ heading, onCancel, children }: { heading: string; onCancel: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  useEffect(() => {
    // Whatever opened the dialog gets the focus back when it closes (by Escape, a button, or
    // because its question was answered), so a keyboard user goes on where they were.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const element = dialog.current
    if (element && !element.open) element.showModal()
    // showModal focuses the first control; the safest choice (marked data-autofocus) may come later.
    element?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    return () => {
      element?.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  return (
    <dialog
      ref={dialog}
      className="at-modal"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 className="at-modal__heading" id={headingId}>
        {heading}
      </h2>
      {children}
    </dialog>
  )
}
