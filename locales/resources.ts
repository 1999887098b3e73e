// Every text a person reads, for the main process and the tests: every language, every namespace.
// The renderer loads one language at a time (renderer/app/i18n.ts); this list must match the files
// in locales/ (tests/unit/locales.test.ts checks it).
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
import trAfter from './tr/after.json' with { type: 'json' }
import trCommon from './tr/common.json' with { type: 'json' }
import trDossiers from './tr/dossiers.json' with { type: 'json' }
import trErrors from './tr/errors.json' with { type: 'json' }
import trFlow from './tr/flow.json' with { type: 'json' }
import trGlossary from './tr/glossary.json' with { type: 'json' }
import trLifeAreas from './tr/lifeAreas.json' with { type: 'json' }
import trMenu from './tr/menu.json' with { type: 'json' }
import trPdf from './tr/pdf.json' with { type: 'json' }
import trPrivacy from './tr/privacy.json' with { type: 'json' }
import trQuestions from './tr/questions.json' with { type: 'json' }
import trRights from './tr/rights.json' with { type: 'json' }
import arAfter from './ar/after.json' with { type: 'json' }
import arCommon from './ar/common.json' with { type: 'json' }
import arDossiers from './ar/dossiers.json' with { type: 'json' }
import arErrors from './ar/errors.json' with { type: 'json' }
import arFlow from './ar/flow.json' with { type: 'json' }
import arGlossary from './ar/glossary.json' with { type: 'json' }
import arLifeAreas from './ar/lifeAreas.json' with { type: 'json' }
import arMenu from './ar/menu.json' with { type: 'json' }
import arPdf from './ar/pdf.json' with { type: 'json' }
import arPrivacy from './ar/privacy.json' with { type: 'json' }
import arQuestions from './ar/questions.json' with { type: 'json' }
import arRights from './ar/rights.json' with { type: 'json' }
import plAfter from './pl/after.json' with { type: 'json' }
import plCommon from './pl/common.json' with { type: 'json' }
import plDossiers from './pl/dossiers.json' with { type: 'json' }
import plErrors from './pl/errors.json' with { type: 'json' }
import plFlow from './pl/flow.json' with { type: 'json' }
import plGlossary from './pl/glossary.json' with { type: 'json' }
import plLifeAreas from './pl/lifeAreas.json' with { type: 'json' }
import plMenu from './pl/menu.json' with { type: 'json' }
import plPdf from './pl/pdf.json' with { type: 'json' }
import plPrivacy from './pl/privacy.json' with { type: 'json' }
import plQuestions from './pl/questions.json' with { type: 'json' }
import plRights from './pl/rights.json' with { type: 'json' }
import ukAfter from './uk/after.json' with { type: 'json' }
import ukCommon from './uk/common.json' with { type: 'json' }
import ukDossiers from './uk/dossiers.json' with { type: 'json' }
import ukErrors from './uk/errors.json' with { type: 'json' }
import ukFlow from './uk/flow.json' with { type: 'json' }
import ukGlossary from './uk/glossary.json' with { type: 'json' }
import ukLifeAreas from './uk/lifeAreas.json' with { type: 'json' }
import ukMenu from './uk/menu.json' with { type: 'json' }
import ukPdf from './uk/pdf.json' with { type: 'json' }
import ukPrivacy from './uk/privacy.json' with { type: 'json' }
import ukQuestions from './uk/questions.json' with { type: 'json' }
import ukRights from './uk/rights.json' with { type: 'json' }

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
  tr: {
    after: trAfter,
    common: trCommon,
    dossiers: trDossiers,
    errors: trErrors,
    flow: trFlow,
    glossary: trGlossary,
    lifeAreas: trLifeAreas,
    menu: trMenu,
    pdf: trPdf,
    privacy: trPrivacy,
    questions: trQuestions,
    rights: trRights,
  },
  ar: {
    after: arAfter,
    common: arCommon,
    dossiers: arDossiers,
    errors: arErrors,
    flow: arFlow,
    glossary: arGlossary,
    lifeAreas: arLifeAreas,
    menu: arMenu,
    pdf: arPdf,
    privacy: arPrivacy,
    questions: arQuestions,
    rights: arRights,
  },
  pl: {
    after: plAfter,
    common: plCommon,
    dossiers: plDossiers,
    errors: plErrors,
    flow: plFlow,
    glossary: plGlossary,
    lifeAreas: plLifeAreas,
    menu: plMenu,
    pdf: plPdf,
    privacy: plPrivacy,
    questions: plQuestions,
    rights: plRights,
  },
  uk: {
    after: ukAfter,
    common: ukCommon,
    dossiers: ukDossiers,
    errors: ukErrors,
    flow: ukFlow,
    glossary: ukGlossary,
    lifeAreas: ukLifeAreas,
    menu: ukMenu,
    pdf: ukPdf,
    privacy: ukPrivacy,
    questions: ukQuestions,
    rights: ukRights,
  },
} as const

export { defaultLanguage } from './languages'
export const namespaces = Object.keys(resources.nl) as (keyof (typeof resources)['nl'])[]
