import type { ReactNode } from 'react'
import { useHeadingFocus } from '../app/useHeadingFocus'
import { Button } from '../kit/Button'

/** A page of information opened over the person's work: the way back, a heading that takes focus, an intro. */
export function InfoPage({
  heading,
  intro,
  onBack,
  backLabel,
  children,
}: {
  heading: string
  intro: string
  onBack: () => void
  backLabel: string
  children: ReactNode
}) {
  const headingRef = useHeadingFocus<HTMLHeadingElement>()
  return (
    <>
      <Button variant="link" onClick={onBack}>
        {backLabel}
      </Button>
      <h1 ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      <p className="lead">{intro}</p>
      {children}
    </>
  )
}
