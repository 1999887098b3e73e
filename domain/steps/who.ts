import { displayName, preparedByAnother } from '../dossier/names'
import { join, own, text } from '../text'
import { hasText, type StepDescriptor } from './step'

export const who: StepDescriptor = {
  key: 'who',
  section: 'subject',
  applies: () => true,
  answered: ({ subject }) => subject.forWhom !== null || hasText(subject.firstName, subject.surname),
  check: (dossier) => {
    const { subject } = dossier
    const rows = [
      { key: 'forWhom', label: text('flow:check.forWhom'), value: subject.forWhom ? text(`flow:who.${subject.forWhom}`) : null },
      { key: 'name', label: text('flow:check.name'), value: own(displayName(dossier)) },
      { key: 'birthYear', label: text('flow:check.birthYear'), value: subject.birthYear === null ? null : own(String(subject.birthYear)) },
      { key: 'contact', label: text('flow:check.contact'), value: join([own(subject.phone), own(subject.address)]) },
      { key: 'language', label: text('flow:check.language'), value: own(subject.language) },
      {
        key: 'interpreter',
        label: text('flow:check.interpreter'),
        value: subject.interpreter ? text(`flow:who.interpreter${{ yes: 'Yes', no: 'No', unsure: 'Unsure' }[subject.interpreter]}`) : null,
      },
    ]
    if (preparedByAnother(dossier)) {
      rows.push({ key: 'preparer', label: text('flow:check.preparer'), value: join([own(subject.preparerName), own(subject.preparerRelation)]) })
    }
    return [{ key: 'who', heading: text('flow:steps.who'), changeTo: { step: 'who', part: 0 }, rows }]
  },
}
