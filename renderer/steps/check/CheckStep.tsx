import { useTranslation } from 'react-i18next'
import { carerLabel, carersOf } from '../../../domain/carers'
import type { Dossier } from '../../../domain/dossier/schema'
import { checkSections, type CheckRow, type Position } from '../../../domain/steps'
import { unprintableCharacters } from '../../../domain/plan/printable'
import { isBlank, type Text, type TextValue } from '../../../domain/text'
import { useWords } from '../../app/words'
import { MakePlan } from './MakePlan'
import { SummarySection, type SummaryRow } from './SummaryList'
import './check.css'

/** "Controleer je antwoorden": every offered step's answers (from the step registry), with change links. */
export function CheckStep({ dossier, goTo, saveFirst }: { dossier: Dossier; goTo: (position: Position) => void; saveFirst: () => Promise<boolean> }) {
  const { t } = useTranslation('flow')
  const { read } = useWords()
  // The person's own words keep their own direction (an Arabic answer in a Dutch screen): <bdi>.
  const said = (value: TextValue) => (typeof value === 'object' && 'own' in value ? <bdi>{read(value)}</bdi> : read(value))
  const valueOf = (value: CheckRow['value']): SummaryRow['value'] => {
    if (value === null) return ''
    if (isTextList(value)) {
      return (
        <ol className="summary-ol">
          {value.map((item, index) => (
            <li key={index}>{said(item)}</li>
          ))}
        </ol>
      )
    }
    return isBlank(value) ? '' : said(value)
  }

  return (
    <>
      <p className="lead">{t('check.intro')}</p>
      {checkSections(dossier).map((section) => (
        <SummarySection
          key={section.key}
          heading={read(section.heading)}
          onChange={() => goTo(section.changeTo)}
          rows={section.rows.map((row) => ({ key: row.key, label: read(row.label), value: valueOf(row.value) }))}
        />
      ))}
      <h2>{t('check.done')}</h2>
      <p>{t('check.doneText')}</p>
      <MakePlan
        dossierId={dossier.id}
        carers={carersOf(dossier).map((carer) => ({ id: carer.id, name: read(carerLabel(dossier, carer)) }))}
        beforeMaking={saveFirst}
        unprintable={unprintableCharacters(dossier)}
      />
    </>
  )
}

const isTextList = (value: Text | readonly Text[]): value is readonly Text[] => Array.isArray(value)
