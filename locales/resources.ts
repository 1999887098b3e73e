// Every text a person reads, for both processes. Add a namespace here and in both languages.
import enCommon from './en/common.json'
import enDossiers from './en/dossiers.json'
import enErrors from './en/errors.json'
import enFlow from './en/flow.json'
import enGlossary from './en/glossary.json'
import enLifeAreas from './en/lifeAreas.json'
import enMenu from './en/menu.json'
import enQuestions from './en/questions.json'
import nlCommon from './nl/common.json'
import nlDossiers from './nl/dossiers.json'
import nlErrors from './nl/errors.json'
import nlFlow from './nl/flow.json'
import nlGlossary from './nl/glossary.json'
import nlLifeAreas from './nl/lifeAreas.json'
import nlMenu from './nl/menu.json'
import nlQuestions from './nl/questions.json'

export const resources = {
  nl: {
    common: nlCommon,
    dossiers: nlDossiers,
    errors: nlErrors,
    flow: nlFlow,
    glossary: nlGlossary,
    lifeAreas: nlLifeAreas,
    menu: nlMenu,
    questions: nlQuestions,
  },
  en: {
    common: enCommon,
    dossiers: enDossiers,
    errors: enErrors,
    flow: enFlow,
    glossary: enGlossary,
    lifeAreas: enLifeAreas,
    menu: enMenu,
    questions: enQuestions,
  },
} as const

export const defaultLanguage = 'nl'
export const namespaces = Object.keys(resources.nl) as (keyof (typeof resources)['nl'])[]
