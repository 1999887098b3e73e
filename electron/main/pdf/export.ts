import type { PlanRequest, PlanSaved } from '../../contract/calls'
import type { Dossier } from '../../../domain/dossier/schema'
import { ServiceError } from '../../contract/errors'
import { displayName } from '../../../domain/dossier/names'
import type { PdfMaker } from './jobs'
import { languageOf } from '../../../locales/languages'
import { carerById, carerName } from '../../../domain/carers'
import { writeFileDurably } from '../storage/durable-file'

export type FileKind = 'pdf' | 'ics' | 'aantafel'

/** What only Electron can do: ask where to save, and open a file in the system's PDF program. */
export interface PlanPorts {
  /** Makes the documents (in the app: on a worker thread, see worker-client.ts). */
  pdf: PdfMaker
  /** Shows a save dialog; resolves with the chosen path, or null when the person cancels. */
  chooseSavePath: (suggestedName: string, kind: FileKind) => Promise<string | null>
  /** Shows an open dialog; resolves with the chosen file, or null when the person cancels. */
  chooseOpenPath: (kind: FileKind) => Promise<string | null>
  /** `fileName` is neutral (no name of a person): the copy sits in a folder other programs can see. */
  openForPrinting: (pdf: Uint8Array, fileName: string) => Promise<void>
  /** Removes the copies made for printing: they are readable, whatever the dossier's lock. */
  removeTemporaryFiles: () => Promise<void>
}

const fileKinds = {
  full: { saved: 'Voorbereiding keukentafelgesprek', printed: 'plan' },
  summary: { saved: 'Samenvatting keukentafelgesprek', printed: 'samenvatting' },
  carer: { saved: 'Samenvatting mantelzorger', printed: 'mantelzorger' },
} as const

/** The name on a carer's summary is the carer's; on the plan, the person's. */
function whoseName(dossier: Dossier, request: Pick<PlanRequest, 'variant' | 'carerId'>): string {
  if (request.variant !== 'carer') return displayName(dossier)
  const carer = carerById(dossier, request.carerId ?? '')
  return carer ? carerName(dossier, carer) : ''
}

/** "Voorbereiding keukentafelgesprek - Ayşe Yılmaz - 10-12-2026.pdf", safe on every file system. */
export function suggestedFileName(dossier: Dossier, request: Pick<PlanRequest, 'variant' | 'largePrint' | 'carerId' | 'language'>): string {
  const date = dossier.conversation.talkDate ? dossier.conversation.talkDate.split('-').reverse().join('-') : ''
  return safeFileName(
    [fileKinds[request.variant].saved, whoseName(dossier, request), date, request.largePrint ? 'grote letters' : '', ownLanguage(request)],
    'pdf',
  )
}

/** A copy in the person's language says so in its name ("… - Türkçe.pdf"), so it is not handed in by mistake. */
const ownLanguage = (request: Pick<PlanRequest, 'language'>) => (request.language && request.language !== 'nl' ? languageOf(request.language).name : '')

/** The print copy's name says what it is, not whose it is: "Aan Tafel - plan.pdf". */
export function printFileName(request: Pick<PlanRequest, 'variant' | 'largePrint' | 'language'>): string {
  return safeFileName(['Aan Tafel', fileKinds[request.variant].printed, request.largePrint ? 'grote letters' : '', ownLanguage(request)], 'pdf')
}

/**
 * Asks where to save, then writes the file there atomically; null when the person cancelled.
 * `guard` runs between the dialog and the write: a dossier that locked while the dialog was open
 * is not written out readable after all.
 */
export async function saveToChosenFile(
  ports: PlanPorts,
  suggestedName: string,
  kind: FileKind,
  contents: Uint8Array | string,
  guard?: () => void,
): Promise<string | null> {
  const target = await ports.chooseSavePath(suggestedName, kind)
  if (!target) return null
  guard?.()
  const file = target.toLowerCase().endsWith(`.${kind}`) ? target : `${target}.${kind}`
  try {
    writeFileDurably(file, contents)
  } catch (error) {
    throw new ServiceError('storage-failed', (error as Error).message)
  }
  return file
}

/** A file name safe on every file system, from parts that may hold anything a person typed. */
export function safeFileName(parts: string[], extension: FileKind): string {
  const name = parts
    // Direction marks (U+202E makes "fdp.exe" look like "exe.pdf") and other invisible characters go too.
    .map((part) =>
      part
        .replace(/[\\/:*?"<>|\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join(' - ')
    .slice(0, 150)
  return `${name}.${extension}`
}

/** The options for the PDF thread; a carer's summary for a carer this dossier does not have is refused here, with its reason. */
function planOptions(dossier: Dossier, request: PlanRequest) {
  if (request.variant === 'carer' && !carerById(dossier, request.carerId ?? '')) throw new ServiceError('not-found', `no carer ${request.carerId ?? ''}`)
  return { variant: request.variant, carerId: request.carerId, largePrint: request.largePrint, language: request.language ?? 'nl' }
}

export async function savePlan(dossier: Dossier, request: PlanRequest, ports: PlanPorts, guard?: () => void): Promise<PlanSaved> {
  const { pdf, pages } = await ports.pdf.make({ kind: 'plan', dossier, options: planOptions(dossier, request) })
  const file = await saveToChosenFile(ports, suggestedFileName(dossier, request), 'pdf', pdf, guard)
  return file ? { saved: true, fileName: file, pages } : { saved: false }
}

export async function openPlanForPrinting(dossier: Dossier, request: PlanRequest, ports: PlanPorts, guard?: () => void): Promise<null> {
  const { pdf } = await ports.pdf.make({ kind: 'plan', dossier, options: planOptions(dossier, request) })
  // Locked while the plan was made: no print copy is written after the copies were cleaned up.
  guard?.()
  await ports.openForPrinting(pdf, printFileName(request))
  return null
}
