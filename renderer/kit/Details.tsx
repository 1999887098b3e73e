import type { ReactNode } from 'react'
import './details.css'

/** More on request: a short summary that opens to show the rest (the browser's own <details>). */
export function Details({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  return (
    <details className="at-details">
      <summary className="at-details__summary">{summary}</summary>
      <div className="at-details__text">{children}</div>
    </details>
  )
}
