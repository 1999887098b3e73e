import { useEffect, useRef } from 'react'

/** Moves focus to a page's heading when the page appears, so keyboard and screen reader users start at the top. */
export function useHeadingFocus<T extends HTMLElement>(ready = true) {
  const ref = useRef<T>(null)
  useEffect(() => {
    if (ready) ref.current?.focus()
  }, [ready])
  return ref
}
