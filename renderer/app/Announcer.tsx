import { createContext, useCallback, useContext, useState, type ReactNode } from 'react'

const AnnounceContext = createContext<(message: string) => void>(() => undefined)

/** One polite live region for the page: tells screen reader users what a button just did. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('')
  const announce = useCallback((text: string) => {
    // Clear first so that the same sentence twice is announced twice.
    setMessage('')
    requestAnimationFrame(() => setMessage(text))
  }, [])
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite">
        {message}
      </div>
    </AnnounceContext.Provider>
  )
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext)
}
