import { writeFileSync as writeFileAtomic } from 'atomically'
import type { PlanRequest, PlanSaved } from '../../contract/calls'
import type { Dossier } from '../../contract/dossier'
import { ServiceError } from '../../contract/errors'
import { displayName } from './content'
import { renderPlan } from './plan'

/** What only Electron can do: ask where to save, and open a file in the system's PDF program. */
export interface PlanPorts {
  fontsDir: string
  /** Shows a save dialog; resolves with the chosen path, or null when the person cancels. */
  chooseSavePath: (suggestedName: string) => Promise<string | null>
  openForPrinting: (pdf: Uint8Array, fileName: string) => Promise<void>
}

/** "Voorbereiding keukentafelgesprek - Ayşe Yılmaz - 10-12-2026.pdf", safe on every file system. */
export function suggestedFileName(dossier: Dossier, request: Pick<PlanRequest, 'variant' | 'largePrint'>): string {
  const date = dossier.conversation.talkDate ? dossier.conversation.talkDate.split('-').reverse().join('-') : ''
  const kind = request.variant === 'summary' ? 'Samenvatting keukentafelgesprek' : 'Voorbereiding keukentafelgesprek'
  const parts = [kind, displayName(dossier), date, request.largePrint ? 'grote letters' : '']
  const name = parts
    .map((part) => part.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' - ')
    .slice(0, 150)
  return `${name}.pdf`
}

export async function savePlan(dossier: Dossier, request: PlanRequest, ports: PlanPorts): Promise<PlanSaved> {
  const { pdf, pages } = await renderPlan(dossier, { variant: request.variant, largePrint: request.largePrint, fontsDir: ports.fontsDir })
  const target = await ports.chooseSavePath(suggestedFileName(dossier, request))
  if (!target) return { saved: false }
  const file = target.toLowerCase().endsWith('.pdf') ? target : `${target}.pdf`
  try {
    writeFileAtomic(file, pdf)
  } catch (error) {
    throw new ServiceError('storage-failed', (error as Error).message)
  }
  return { saved: true, fileName: file, pages }
}

export async function openPlanForPrinting(dossier: Dossier, request: PlanRequest, ports: PlanPorts): Promise<null> {
  const { pdf } = await renderPlan(dossier, { variant: request.variant, largePrint: request.largePrint, fontsDir: ports.fontsDir })
  await ports.openForPrinting(pdf, suggestedFileName(dossier, request))
  return null
}
