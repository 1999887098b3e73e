import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language, Settings, TextSize } from '../../electron/contract'
import { languageRegistry } from '../../locales/languages'

const textSizes: TextSize[] = ['normal', 'large', 'extraLarge']

export function SettingsBar({ settings, onChange }: { settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  const { t } = useTranslation('common')
  const languageId = useId()
  const sizeId = useId()
  return (
    <section className="settings-bar" aria-label={t('settings.heading')}>
      <div className="field-inline">
        <label htmlFor={languageId}>{t('language.label')}</label>
        <select id={languageId} value={settings.language} onChange={(event) => onChange({ language: event.target.value as Language })}>
          {/* Each language in its own name; one no native speaker has checked yet says so. */}
          {languageRegistry.map((language) => (
            <option key={language.code} value={language.code} lang={language.locale} dir={language.dir}>
              {language.reviewed ? language.name : `${language.name} ${t('language.unreviewed')}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field-inline">
        <label htmlFor={sizeId}>{t('textSize.label')}</label>
        <select id={sizeId} value={settings.textSize} onChange={(event) => onChange({ textSize: event.target.value as TextSize })}>
          {textSizes.map((size) => (
            <option key={size} value={size}>
              {t(`textSize.${size}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  )
}
