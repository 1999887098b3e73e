import { useEffect, useId, useRef, type ReactNode } from 'react'

/** A modal dialog: the browser's own <dialog> keeps focus inside and closes on Escape. */
export function Modal({ heading, onCancel, children }: { heading: string; onCancel: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    // showModal focuses the first control; the safest choice (marked data-autofocus) may come later.
    element?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    return () => element?.close()
  }, [])
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id={headingId}>{heading}</h2>
      {children}
    </dialog>
  )
}
