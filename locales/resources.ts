// Every text a person reads, for both processes. Add a namespace here and in both languages.
import enAfter from './en/after.json' with { type: 'json' }
import enCommon from './en/common.json' with { type: 'json' }
import enDossiers from './en/dossiers.json' with { type: 'json' }
import enErrors from './en/errors.json' with { type: 'json' }
import enFlow from './en/flow.json' with { type: 'json' }
import enGlossary from './en/glossary.json' with { type: 'json' }
import enLifeAreas from './en/lifeAreas.json' with { type: 'json' }
import enMenu from './en/menu.json' with { type: 'json' }
import enPdf from './en/pdf.json' with { type: 'json' }
import enPrivacy from './en/privacy.json' with { type: 'json' }
import enQuestions from './en/questions.json' with { type: 'json' }
import enRights from './en/rights.json' with { type: 'json' }
import nlAfter from './nl/after.json' with { type: 'json' }
import nlCommon from './nl/common.json' with { type: 'json' }
import nlDossiers from './nl/dossiers.json' with { type: 'json' }
import nlErrors from './nl/errors.json' with { type: 'json' }
import nlFlow from './nl/flow.json' with { type: 'json' }
import nlGlossary from './nl/glossary.json' with { type: 'json' }
import nlLifeAreas from './nl/lifeAreas.json' with { type: 'json' }
import nlMenu from './nl/menu.json' with { type: 'json' }
import nlPdf from './nl/pdf.json' with { type: 'json' }
import nlPrivacy from './nl/privacy.json' with { type: 'json' }
import nlQuestions from './nl/questions.json' with { type: 'json' }
import nlRights from './nl/rights.json' with { type: 'json' }

export const resources = {
  nl: {
    after: nlAfter,
    common: nlCommon,
    dossiers: nlDossiers,
    errors: nlErrors,
    flow: nlFlow,
    glossary: nlGlossary,
    lifeAreas: nlLifeAreas,
    menu: nlMenu,
    pdf: nlPdf,
    privacy: nlPrivacy,
    questions: nlQuestions,
    rights: nlRights,
  },
  en: {
    after: enAfter,
    common: enCommon,
    dossiers: enDossiers,
    errors: enErrors,
    flow: enFlow,
    glossary: enGlossary,
    lifeAreas: enLifeAreas,
    menu: enMenu,
    pdf: enPdf,
    privacy: enPrivacy,
    questions: enQuestions,
    rights: enRights,
  },
} as const

export const defaultLanguage = 'nl'
export const namespaces = Object.keys(resources.nl) as (keyof (typeof resources)['nl'])[]
