import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import './read-aloud.css'

interface ReadAloudSettings {
  voice: SpeechSynthesisVoice
  start: string
  stop: string
}

const ReadAloudContext = createContext<ReadAloudSettings | null>(null)

/**
 * A voice of the computer itself for `locale` ("nl-NL"): the same language and region first, then
 * the same language. Voices that speak through a web service are never used: nothing leaves the
 * computer. Null while there is none (on many computers there is none for Arabic, say).
 */
export function useLocalVoice(locale: string): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null)
  useEffect(() => {
    const speech = typeof window === 'undefined' ? undefined : window.speechSynthesis
    if (!speech) return
    const language = locale.toLowerCase().split('-')[0] ?? ''
    const choose = () => {
      const local = speech.getVoices().filter((candidate) => candidate.localService)
      const sameLocale = local.find((candidate) => candidate.lang.toLowerCase() === locale.toLowerCase())
      const sameLanguage = local.find((candidate) => candidate.lang.toLowerCase().split(/[-_]/)[0] === language)
      setVoice(sameLocale ?? sameLanguage ?? null)
    }
    choose()
    // Voices arrive late on some systems.
    speech.addEventListener('voiceschanged', choose)
    return () => speech.removeEventListener('voiceschanged', choose)
  }, [locale])
  return voice
}

/** Offers "read aloud" to every question below it, in the voice for `locale`, when there is one. */
export function ReadAloudProvider({ locale, start, stop, children }: { locale: string; start: string; stop: string; children: ReactNode }) {
  const voice = useLocalVoice(locale)
  return <ReadAloudContext.Provider value={voice ? { voice, start, stop } : null}>{children}</ReadAloudContext.Provider>
}

/**
 * Reads `text()` aloud in the app's language, and stops on a second press. Renders nothing when
 * the computer has no voice for the language, so nothing pretends to work.
 */
export function ReadAloudButton({ text, describedBy }: { text: () => string; describedBy?: string | undefined }) {
  const settings = useContext(ReadAloudContext)
  const [speaking, setSpeaking] = useState(false)
  const speakingRef = useRef(false)
  useEffect(() => {
    speakingRef.current = speaking
  }, [speaking])
  // Leaving the page stops this question's reading (not another's: only when this one speaks).
  useEffect(() => () => void (speakingRef.current && window.speechSynthesis?.cancel()), [])
  if (!settings) return null
  const toggle = () => {
    const speech = window.speechSynthesis
    // One voice at a time: whatever was being read stops (its own button then resets).
    speech.cancel()
    if (speaking) return setSpeaking(false)
    const utterance = new SpeechSynthesisUtterance(text())
    utterance.voice = settings.voice
    utterance.lang = settings.voice.lang
    utterance.onend = () => setSpeaking(false)
    utterance.onerror = () => setSpeaking(false)
    speech.speak(utterance)
    setSpeaking(true)
  }
  return (
    <button type="button" className="at-read-aloud" aria-pressed={speaking} aria-describedby={describedBy} onClick={toggle}>
      {speaking ? settings.stop : settings.start}
    </button>
  )
}
