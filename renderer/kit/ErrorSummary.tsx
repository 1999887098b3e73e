import { useEffect, useRef, type ReactNode } from 'react'
import './error-summary.css'

/**
 * What went wrong, at the top, announced at once (GOV.UK's error summary): a heading, what
 * happened in plain words, links to the answers that need a look, and what can be done.
 */
export function ErrorSummary({
  heading,
  children,
  links = [],
  focus = false,
}: {
  heading: ReactNode
  children?: ReactNode | undefined
  links?: { href: string; text: ReactNode }[] | undefined
  /** Move the focus here (after a form was sent), so the keyboard starts at the problem. */
  focus?: boolean | undefined
}) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focus) box.current?.focus()
  }, [focus])
  return (
    <div ref={box} className="at-error-summary" role="alert" tabIndex={focus ? -1 : undefined}>
      <h2 className="at-error-summary__heading">{heading}</h2>
      {children}
      {links.length > 0 && (
        <ul className="at-error-summary__list">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.text}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
