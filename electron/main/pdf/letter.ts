import type { Dossier } from '../../../domain/dossier/schema'
import { dateInNetherlands } from '../../../domain/deadlines/holidays'
import { createMainI18n } from '../i18n'
import { displayName } from '../../../domain/dossier/names'
import { letterContent } from '../../../domain/letter'
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
