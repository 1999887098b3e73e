import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Details } from '../../renderer/kit/Details'
import { Radios } from '../../renderer/kit/Radios'
import { ReadAloudProvider } from '../../renderer/kit/ReadAloud'
import { TextField } from '../../renderer/kit/TextField'
import { expectNoAxeViolations } from './axe'

// The Web Speech API is the computer's own: stood in for here, as jsdom has none.
interface Spoken {
  text: string
  lang: string
  voice: string | undefined
}
function installSpeech(voices: { lang: string; localService: boolean; name: string }[]) {
  const spoken: Spoken[] = []
  let listener: (() => void) | undefined
  const speech = {
    getVoices: () => voices,
    speak: vi.fn((utterance: { text: string; lang: string; voice: { name: string } | null; onend: (() => void) | null }) => {
      spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name })
    }),
    cancel: vi.fn(),
    addEventListener: (_: string, callback: () => void) => (listener = callback),
    removeEventListener: () => (listener = undefined),
  }
  vi.stubGlobal('speechSynthesis', speech)
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = ''
      voice: unknown = null
      onend: (() => void) | null = null
      onerror: (() => void) | null = null
      constructor(readonly text: string) {}
    },
  )
  return { spoken, speech, voicesArrive: () => listener?.() }
}
afterEach(() => vi.unstubAllGlobals())

const form = (locale: string) => (
  <ReadAloudProvider locale={locale} start="Lees voor" stop="Stop met voorlezen">
    <TextField label="Wat lukt niet meer" hint="Schrijf het op zoals je het zegt." value="" onChange={() => undefined} />
    <Radios legend="Wie helpt je?" options={[{ value: 'a', label: 'Mijn dochter' }]} value="a" onChange={() => undefined} />
    <Details summary="Wat is een melding?">
      <p>Je vraagt de gemeente om hulp.</p>
    </Details>
  </ReadAloudProvider>
)

describe('reading aloud', () => {
  it('reads a question and its hint in the computer’s own voice for the language, and stops on request', async () => {
    const { spoken, speech } = installSpeech([
      { lang: 'nl-NL', localService: false, name: 'Web voice' },
      { lang: 'nl-BE', localService: true, name: 'Flemish' },
      { lang: 'nl-NL', localService: true, name: 'Dutch' },
    ])
    const { container } = render(form('nl-NL'))
    const buttons = screen.getAllByRole('button', { name: 'Lees voor' })
    expect(buttons).toHaveLength(3)
    fireEvent.click(buttons[0] as HTMLElement)
    expect(spoken).toEqual([{ text: 'Wat lukt niet meer. Schrijf het op zoals je het zegt.', lang: 'nl-NL', voice: 'Dutch' }])
    expect(screen.getByRole('button', { name: 'Stop met voorlezen', pressed: true })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Stop met voorlezen' }))
    expect(speech.cancel).toHaveBeenCalled()
    fireEvent.click(buttons[1] as HTMLElement)
    fireEvent.click(buttons[2] as HTMLElement)
    expect(spoken.slice(1).map((item) => item.text)).toEqual(['Wie helpt je?', 'Je vraagt de gemeente om hulp.'])
    await expectNoAxeViolations(container)
  })

  it('offers nothing when the computer has no voice of its own for the language', () => {
    const { voicesArrive } = installSpeech([
      { lang: 'ar-SA', localService: false, name: 'Web voice' },
      { lang: 'nl-NL', localService: true, name: 'Dutch' },
    ])
    render(form('ar'))
    expect(screen.queryByRole('button', { name: 'Lees voor' })).toBeNull()
    act(() => voicesArrive())
    expect(screen.queryByRole('button', { name: 'Lees voor' })).toBeNull()
  })

  it('shows the control once a voice arrives late, as on some systems', () => {
    const voices: { lang: string; localService: boolean; name: string }[] = []
    const { voicesArrive } = installSpeech(voices)
    render(form('ar'))
    expect(screen.queryByRole('button', { name: 'Lees voor' })).toBeNull()
    voices.push({ lang: 'ar-EG', localService: true, name: 'Arabic' })
    act(() => voicesArrive())
    expect(screen.getAllByRole('button', { name: 'Lees voor' })).toHaveLength(3)
  })
})
