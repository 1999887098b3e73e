import type { Dossier } from '../../../domain/dossier/schema'
import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import { createMainI18n } from '../i18n'
import { displayName } from '../../../domain/dossier/names'
import { letterContent } from '../../../domain/letter'
import { carerLetterContent } from '../../../domain/carerLetter'
import { carerById, carerName } from '../../../domain/carers'
import { ServiceError } from '../../contract/errors'
import { blocksIn, dutchWords } from './content'
import { formatDate, renderDocument } from './plan'

/** The letter with the person's remarks on the report: same typography as the plan, always in Dutch. */
export async function renderLetter(dossier: Dossier, options: { fontsDir: string; now?: Date }): Promise<{ pdf: Uint8Array; pages: number }> {
  const t = createMainI18n('nl').getFixedT('nl')
  const now = options.now ?? new Date()
  const name = displayName(dossier)
  return renderDocument({
    blocks: blocksIn(dutchWords(), letterContent(dossier, dateInNetherlands(now))),
    title: t('after:pdf.title'),
    metadataTitle: name ? `${t('after:pdf.title')} – ${name}` : t('after:pdf.title'),
    subject: t('after:pdf.subject'),
    author: dossier.subject.preparerName.trim() || name || 'Aan Tafel',
    keywords: ['Wmo 2015', 'verslag', 'keukentafelgesprek'],
    name,
    dateLine: formatDate(dateInNetherlands(now)),
    largePrint: false,
    fontsDir: options.fontsDir,
    now,
  })
}

/** A carer's letter asking for a conversation of their own: the carer's name in the header and as author. */
export async function renderCarerLetter(
  dossier: Dossier,
  carerId: string,
  options: { fontsDir: string; now?: Date },
): Promise<{ pdf: Uint8Array; pages: number }> {
  const t = createMainI18n('nl').getFixedT('nl')
  const now = options.now ?? new Date()
  const carer = carerById(dossier, carerId)
  if (!carer) throw new ServiceError('not-found', `no carer ${carerId}`)
  const name = carerName(dossier, carer)
  return renderDocument({
    blocks: blocksIn(dutchWords(), carerLetterContent(dossier, carer.id, dateInNetherlands(now))),
    title: t('after:carerLetter.title'),
    metadataTitle: name ? `${t('after:carerLetter.title')} – ${name}` : t('after:carerLetter.title'),
    subject: t('after:carerLetter.subject'),
    author: name || 'Aan Tafel',
    keywords: ['Wmo 2015', 'mantelzorg', 'keukentafelgesprek'],
    name,
    dateLine: formatDate(dateInNetherlands(now)),
    largePrint: false,
    fontsDir: options.fontsDir,
    now,
  })
}
