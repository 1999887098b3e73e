import { useRef, type ReactNode } from 'react'
import { ReadAloudButton } from './ReadAloud'
import './details.css'

/** More on request: a short summary that opens to show the rest (the browser's own <details>). */
export function Details({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const textRef = useRef<HTMLDivElement>(null)
  return (
    <details className="at-details">
      <summary className="at-details__summary">{summary}</summary>
      <div className="at-details__text">
        <ReadAloudButton
          text={() =>
            [...(textRef.current?.children ?? [])]
              .map((paragraph) => paragraph.textContent?.trim() ?? '')
              .filter(Boolean)
              .join(' ')
          }
        />
        <div ref={textRef}>{children}</div>
      </div>
    </details>
  )
}
