import type { PlanRequest, PlanSaved } from '../../contract/calls'
import type { Dossier } from '../../../domain/dossier/schema'
import { ServiceError } from '../../contract/errors'
import { displayName } from '../../../domain/dossier/names'
import { carerById, carerName } from '../../../domain/carers'
import { renderPlan } from './plan'
import { writeFileDurably } from '../storage/durable-file'

export type FileKind = 'pdf' | 'ics' | 'aantafel'

/** What only Electron can do: ask where to save, and open a file in the system's PDF program. */
export interface PlanPorts {
  fontsDir: string
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
export function suggestedFileName(dossier: Dossier, request: Pick<PlanRequest, 'variant' | 'largePrint' | 'carerId'>): string {
  const date = dossier.conversation.talkDate ? dossier.conversation.talkDate.split('-').reverse().join('-') : ''
  return safeFileName([fileKinds[request.variant].saved, whoseName(dossier, request), date, request.largePrint ? 'grote letters' : ''], 'pdf')
}

/** The print copy's name says what it is, not whose it is: "Aan Tafel - plan.pdf". */
export function printFileName(request: Pick<PlanRequest, 'variant' | 'largePrint'>): string {
  return safeFileName(['Aan Tafel', fileKinds[request.variant].printed, request.largePrint ? 'grote letters' : ''], 'pdf')
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

export async function savePlan(dossier: Dossier, request: PlanRequest, ports: PlanPorts, guard?: () => void): Promise<PlanSaved> {
  const { pdf, pages } = await renderPlan(dossier, {
    variant: request.variant,
    carerId: request.carerId,
    largePrint: request.largePrint,
    fontsDir: ports.fontsDir,
  })
  const file = await saveToChosenFile(ports, suggestedFileName(dossier, request), 'pdf', pdf, guard)
  return file ? { saved: true, fileName: file, pages } : { saved: false }
}

export async function openPlanForPrinting(dossier: Dossier, request: PlanRequest, ports: PlanPorts, guard?: () => void): Promise<null> {
  const { pdf } = await renderPlan(dossier, { variant: request.variant, carerId: request.carerId, largePrint: request.largePrint, fontsDir: ports.fontsDir })
  // Locked while the plan was made: no print copy is written after the copies were cleaned up.
  guard?.()
  await ports.openForPrinting(pdf, printFileName(request))
  return null
}
