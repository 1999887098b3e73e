import { useRef, type ReactNode } from 'react'
import { ReadAloudButton } from './ReadAloud'
import './details.css'

/** More on request: a short summary that opens to show the rest (the browser's own <details>). */
export function Details({ summary, children, variant = 'explain' }: { summary: ReactNode; children: ReactNode; variant?: 'explain' | 'section' | undefined }) {
  const textRef = useRef<HTMLDivElement>(null)
  return (
    <details className={variant === 'section' ? 'at-details at-details--section' : 'at-details'}>
      <summary className="at-details__summary">{summary}</summary>
      <div className="at-details__text">
        {/* An explanation can be read aloud; a section holds questions, each with its own button. */}
        {variant === 'explain' && (
          <ReadAloudButton
            text={() =>
              [...(textRef.current?.children ?? [])]
                .map((paragraph) => paragraph.textContent?.trim() ?? '')
                .filter(Boolean)
                .join(' ')
            }
          />
        )}
        <div ref={textRef}>{children}</div>
      </div>
    </details>
  )
}
