import { useTranslation } from 'react-i18next'
import { timelineOf } from '../../domain/deadlines/timeline'
import type { Dossier } from '../../domain/dossier/schema'
import { decisionFindings, topPriorities } from '../../domain/remedies/decision'
import { formatCalendarDate } from '../app/format'
import { useWords } from '../app/words'
import { Explain } from '../fields/Explain'
import { DateField } from '../kit/DateInput'
import { Radios } from '../kit/Radios'
import { TextField } from '../kit/TextField'
import { Sourced } from '../fields/Sourced'

type AfterTalk = Dossier['afterTalk']
type Check = AfterTalk['decisionCheck']

/**
 * The decision check: the person enters what the beschikking says, and sees it held against their
 * own plan (domain/remedies/decision.ts), each finding with its source.
 */
export function DecisionPart({ dossier, setAfter }: { dossier: Dossier; setAfter: (fields: Partial<AfterTalk>) => void }) {
  const { t, i18n } = useTranslation(['after', 'flow'])
  const { read } = useWords()
  const { afterTalk } = dossier
  const check = afterTalk.decisionCheck
  // A nested object is stored whole: every change sends all of it.
  const setCheck = (fields: Partial<Check>) => setAfter({ decisionCheck: { ...check, ...fields } })
  const yesNo = [
    { value: 'yes' as const, label: t('decision.yes') },
    { value: 'no' as const, label: t('decision.no') },
  ]
  const helps = check.outcome === 'granted' || check.outcome === 'partly'
  const findings = decisionFindings(dossier)
  const objection = timelineOf(dossier).objection

  return (
    <>
      <p className="lead">{t('decision.intro')}</p>
      <DateField label={t('decision.date')} value={afterTalk.decisionDate} onChange={(decisionDate) => setAfter({ decisionDate })} />
      <TextField
        label={t('decision.reference')}
        hint={t('decision.referenceHint')}
        value={check.reference}
        width="medium"
        onChange={(reference) => setCheck({ reference })}
      />
      <Radios
        legend={t('decision.outcome')}
        options={[
          { value: 'granted', label: t('decision.granted') },
          { value: 'partly', label: t('decision.partly') },
          { value: 'refused', label: t('decision.refused') },
        ]}
        value={check.outcome}
        onChange={(outcome) => setCheck({ outcome })}
        onClear={() => setCheck({ outcome: null })}
      />
      <Explain term="beschikking" />
      <TextField label={t('decision.provision')} hint={t('decision.provisionHint')} value={check.provision} onChange={(provision) => setCheck({ provision })} />

      {check.outcome !== 'refused' && (
        <>
          <h2>{t('decision.whatHeading')}</h2>
          <Radios
            legend={t('decision.namesHours')}
            inline
            options={yesNo}
            value={check.namesHours}
            onChange={(namesHours) => setCheck({ namesHours })}
            onClear={() => setCheck({ namesHours: null })}
          />
          {check.namesHours === 'yes' && (
            <TextField
              label={t('decision.hours')}
              hint={t('decision.hoursHint')}
              value={check.hours}
              width="medium"
              onChange={(hours) => setCheck({ hours })}
            />
          )}
          <Radios
            legend={t('decision.namesTasks')}
            inline
            options={yesNo}
            value={check.namesTasks}
            onChange={(namesTasks) => setCheck({ namesTasks })}
            onClear={() => setCheck({ namesTasks: null })}
          />
          {check.namesTasks === 'yes' && (
            <TextField label={t('decision.tasks')} value={check.tasks} multiline rows={2} maxLength={5000} onChange={(tasks) => setCheck({ tasks })} />
          )}
          <TextField label={t('decision.result')} hint={t('decision.resultHint')} value={check.result} onChange={(result) => setCheck({ result })} />
          <Explain term="schoonEnLeefbaarHuis" />
          <DateField label={t('decision.start')} value={check.start} onChange={(start) => setCheck({ start })} />
          <Radios
            legend={t('decision.form')}
            options={[
              { value: 'inKind', label: t('decision.inKind') },
              { value: 'pgb', label: t('decision.pgb') },
            ]}
            value={check.form}
            onChange={(form) => setCheck({ form })}
            onClear={() => setCheck({ form: null })}
          />
          <TextField
            label={t('decision.contribution')}
            hint={t('decision.contributionHint')}
            value={check.contribution}
            onChange={(contribution) => setCheck({ contribution })}
          />
          <Explain term="eigenBijdrage" />
        </>
      )}

      <h2>{t('decision.planHeading')}</h2>
      {topPriorities(dossier).length === 0 ? (
        <p className="not-answered">{t('decision.noPriorities')}</p>
      ) : (
        <>
          <p className="hint">{t('decision.prioritiesHint')}</p>
          {topPriorities(dossier).map((priority) => (
            <Radios
              key={priority.id}
              legend={t('decision.priority', { text: priority.text })}
              inline
              options={[
                { value: 'yes', label: t('report.yes') },
                { value: 'partly', label: t('report.partly') },
                { value: 'no', label: t('report.no') },
              ]}
              value={check.priorities[priority.id] ?? null}
              onChange={(answer) => setCheck({ priorities: { ...check.priorities, [priority.id]: answer } })}
              onClear={() => setCheck({ priorities: Object.fromEntries(Object.entries(check.priorities).filter(([id]) => id !== priority.id)) })}
            />
          ))}
        </>
      )}
      {helps && (
        <>
          <Radios
            legend={t('decision.leansOnNetwork')}
            inline
            options={yesNo}
            value={check.leansOnNetwork}
            onChange={(leansOnNetwork) => setCheck({ leansOnNetwork })}
            onClear={() => setCheck({ leansOnNetwork: null })}
          />
          <Radios
            legend={t('decision.leansOnSelf')}
            inline
            options={yesNo}
            value={check.leansOnSelf}
            onChange={(leansOnSelf) => setCheck({ leansOnSelf })}
            onClear={() => setCheck({ leansOnSelf: null })}
          />
        </>
      )}
      <Radios
        legend={t('decision.planHandedIn')}
        inline
        options={yesNo}
        value={check.planHandedIn}
        onChange={(planHandedIn) => setCheck({ planHandedIn })}
        onClear={() => setCheck({ planHandedIn: null })}
      />
      {check.planHandedIn === 'yes' && (
        <Radios
          legend={t('decision.planUsed')}
          inline
          options={yesNo}
          value={check.planUsed}
          onChange={(planUsed) => setCheck({ planUsed })}
          onClear={() => setCheck({ planUsed: null })}
        />
      )}
      <TextField
        label={t('decision.ownWords')}
        hint={t('decision.ownWordsHint')}
        value={check.ownWords}
        multiline
        onChange={(ownWords) => setCheck({ ownWords })}
      />

      <section className="findings" aria-labelledby="findings-heading">
        <h2 id="findings-heading">{t('decision.findingsHeading')}</h2>
        {findings.length === 0 ? (
          <p>{t('decision.findingsNone')}</p>
        ) : (
          <>
            <p>{t('decision.findingsIntro')}</p>
            <ul className="finding-list">
              {findings.map((finding) => (
                <li key={finding.id} className={finding.ground ? 'finding ground' : 'finding'}>
                  <Sourced source={read(finding.source)}>{read(finding.text)}</Sourced>
                </li>
              ))}
            </ul>
          </>
        )}
        {objection && (
          <Sourced source={t('decision.objectionDeadlineSource')}>
            {t('decision.objectionDeadline', { date: formatCalendarDate(objection.date, i18n.language, { weekday: true }) })}
          </Sourced>
        )}
      </section>
    </>
  )
}
