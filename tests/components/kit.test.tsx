import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { Button } from '../../renderer/kit/Button'
import { Checkbox, Checkboxes } from '../../renderer/kit/Checkboxes'
import { DateField } from '../../renderer/kit/DateInput'
import { Details } from '../../renderer/kit/Details'
import { ErrorSummary } from '../../renderer/kit/ErrorSummary'
import { Field, Fieldset } from '../../renderer/kit/Field'
import { Modal } from '../../renderer/kit/Modal'
import { PasswordInput } from '../../renderer/kit/PasswordInput'
import { Radios } from '../../renderer/kit/Radios'
import { Select } from '../../renderer/kit/Select'
import { TextArea, TextField } from '../../renderer/kit/TextField'
import { expectNoAxeViolations } from './axe'

// jsdom has no <dialog> methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '')
}
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open')
}

describe('the UI kit', () => {
  it('Button: a real button, never a submit by accident, with its variant', async () => {
    const onClick = vi.fn()
    const { container } = render(
      <form onSubmit={() => onClick('submitted')}>
        <Button variant="primary" onClick={() => onClick('clicked')}>
          Volgende
        </Button>
      </form>,
    )
    const button = screen.getByRole('button', { name: 'Volgende' })
    expect(button.getAttribute('type')).toBe('button')
    expect(button.className).toBe('at-button at-button--primary')
    fireEvent.click(button)
    expect(onClick.mock.calls).toEqual([['clicked']])
    await expectNoAxeViolations(container)
  })

  it('Field: label, hint and error are wired to the control for screen readers', async () => {
    const { container } = render(
      <Field label="Je voornaam" hint="Zoals je wilt worden genoemd." error="Dit is te lang.">
        {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>,
    )
    const input = screen.getByRole('textbox', { name: 'Je voornaam' })
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent)
    expect(described).toEqual(['Zoals je wilt worden genoemd.', 'Dit is te lang.'])
    await expectNoAxeViolations(container)
  })

  it('TextField and TextArea: what is typed is reported, with a hint', async () => {
    const onChange = vi.fn()
    const { container } = render(
      <>
        <TextField label="Telefoonnummer" value="" onChange={onChange} />
        <TextArea label="Wat is moeilijk?" hint="In je eigen woorden." value="" onChange={onChange} />
      </>,
    )
    fireEvent.change(screen.getByRole('textbox', { name: 'Telefoonnummer' }), { target: { value: '010' } })
    expect(onChange).toHaveBeenCalledWith('010')
    expect(screen.getByRole('textbox', { name: 'Wat is moeilijk?' }).tagName).toBe('TEXTAREA')
    await expectNoAxeViolations(container)
  })

  it('Fieldset and Radios: the question is the legend, and a choice can be taken back', async () => {
    function Question() {
      const [value, setValue] = useState<'ja' | 'nee' | null>('ja')
      return (
        <Radios
          legend="Heb je een cliëntondersteuner?"
          options={[
            { value: 'ja', label: 'Ja' },
            { value: 'nee', label: 'Nee', hint: 'Je kunt er gratis een vragen.' },
          ]}
          value={value}
          onChange={setValue}
          onClear={() => setValue(null)}
        />
      )
    }
    const { container } = render(<Question />)
    expect(screen.getByRole('group', { name: 'Heb je een cliëntondersteuner?' })).toBeTruthy()
    expect((screen.getByRole('radio', { name: 'Ja' }) as HTMLInputElement).checked).toBe(true)
    await expectNoAxeViolations(container)
    fireEvent.click(screen.getByRole('button', { name: /Keuze wissen/ }))
    expect((screen.getByRole('radio', { name: 'Ja' }) as HTMLInputElement).checked).toBe(false)
    render(
      <Fieldset legend="Over jou" hint="Vul in wat je wilt.">
        <p>inhoud</p>
      </Fieldset>,
    )
    expect(screen.getByRole('group', { name: 'Over jou' }).getAttribute('aria-describedby')).toBeTruthy()
  })

  it('Checkbox and Checkboxes: single or grouped, as cards or a list', async () => {
    const onToggle = vi.fn()
    const { container } = render(
      <>
        <Checkbox label="Grote letters" hint="Voor wie slecht ziet." checked={false} onChange={onToggle} />
        <Checkboxes
          legend="Onderwerpen"
          variant="cards"
          options={[{ value: 'household', label: 'Huishouden', hint: 'Schoonmaken, de was.' }]}
          selected={new Set(['household'])}
          onToggle={onToggle}
        />
      </>,
    )
    fireEvent.click(screen.getByRole('checkbox', { name: 'Grote letters' }))
    fireEvent.click(screen.getByRole('checkbox', { name: /Huishouden/ }))
    expect(onToggle.mock.calls).toEqual([[true], ['household', false]])
    await expectNoAxeViolations(container)
  })

  it('DateField: three boxes in one fieldset, a clear message for a date that does not exist', async () => {
    const onChange = vi.fn()
    const { container } = render(<DateField label="Wanneer is het gesprek?" value="" onChange={onChange} />)
    fireEvent.change(screen.getByRole('textbox', { name: 'Dag' }), { target: { value: '31' } })
    fireEvent.change(screen.getByRole('textbox', { name: 'Maand' }), { target: { value: '2' } })
    fireEvent.change(screen.getByRole('textbox', { name: 'Jaar' }), { target: { value: '2027' } })
    expect(screen.getByText(/Dit is geen bestaande datum/)).toBeTruthy()
    fireEvent.change(screen.getByRole('textbox', { name: 'Dag' }), { target: { value: '28' } })
    expect(onChange).toHaveBeenLastCalledWith('2027-02-28')
    await expectNoAxeViolations(container)
  })

  it('PasswordInput and Select: masked, and a labelled list', async () => {
    const { container } = render(
      <>
        <PasswordInput label="Wachtwoord" value="" onChange={() => undefined} error="Te kort." />
        <Select
          label="Taal"
          value="nl"
          options={[
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English', lang: 'en' },
          ]}
          onChange={() => undefined}
        />
      </>,
    )
    expect(screen.getByLabelText('Wachtwoord').getAttribute('type')).toBe('password')
    expect(screen.getByRole('alert').textContent).toBe('Te kort.')
    expect(screen.getByRole('combobox', { name: 'Taal' })).toBeTruthy()
    await expectNoAxeViolations(container)
  })

  it('ErrorSummary and Details: what went wrong first, more on request', async () => {
    const { container } = render(
      <>
        <ErrorSummary heading="Er ging iets mis" links={[{ href: '#naam', text: 'Vul je naam in' }]}>
          <p>Opslaan is niet gelukt.</p>
        </ErrorSummary>
        <Details summary="Wat betekent pgb?">
          <p>Een persoonsgebonden budget.</p>
        </Details>
      </>,
    )
    expect(screen.getByRole('alert').textContent).toContain('Opslaan is niet gelukt.')
    expect(screen.getByRole('link', { name: 'Vul je naam in' }).getAttribute('href')).toBe('#naam')
    expect(container.querySelector('details summary')?.textContent).toBe('Wat betekent pgb?')
    await expectNoAxeViolations(container)
  })

  it('Modal: labelled by its heading, and gives the focus back to what opened it', async () => {
    function Opener() {
      const [open, setOpen] = useState(false)
      return (
        <>
          <Button onClick={() => setOpen(true)}>Verwijderen</Button>
          {open && (
            <Modal heading="Weet je het zeker?" onCancel={() => setOpen(false)}>
              <Button data-autofocus onClick={() => setOpen(false)}>
                Nee
              </Button>
            </Modal>
          )}
        </>
      )
    }
    const { container } = render(<Opener />)
    const opener = screen.getByRole('button', { name: 'Verwijderen' })
    opener.focus()
    fireEvent.click(opener)
    expect(screen.getByRole('dialog', { name: 'Weet je het zeker?' })).toBeTruthy()
    expect(document.activeElement?.textContent).toBe('Nee')
    await expectNoAxeViolations(container)
    fireEvent.click(screen.getByRole('button', { name: 'Nee' }))
    expect(document.activeElement).toBe(opener)
  })
})
