import type { ReactNode } from 'react'
import './details.css'

/** More on request: a short summary that opens to show the rest (the browser's own <details>). */
export function Details({ summary, children, variant = 'explain' }: { summary: ReactNode; children: ReactNode; variant?: 'explain' | 'section' | undefined }) {
  return (
    <details className={variant === 'section' ? 'at-details at-details--section' : 'at-details'}>
      <summary className="at-details__summary">{summary}</summary>
      <div className="at-details__text">{children}</div>
    </details>
  )
}
