import type { Dossier } from '../../../domain/dossier/schema'
import type { Rendered } from './layout/render'
import { forgetTranslations } from './content'
import { forgetSubsets } from './engine/document'
import { renderCarerLetter, renderLetter, type LetterKind } from './letter'
import { renderPlan, type PlanOptions } from './plan'

/** Every document the app makes, as a message a worker thread can receive (plain data only). */
export type PdfJob =
  | { kind: 'plan'; dossier: Dossier; options: Omit<PlanOptions, 'fontsDir'> }
  | { kind: 'letter'; dossier: Dossier; options: { now?: Date | undefined; kind?: LetterKind | undefined } }
  | { kind: 'carerLetter'; dossier: Dossier; carerId: string; options: { now?: Date | undefined } }

/** Makes documents; the app's maker runs them on a worker thread, tests may run them in-process. */
export interface PdfMaker {
  make: (job: PdfJob) => Promise<Rendered>
  /** Drops everything kept between documents that holds a person's words (after a lock). */
  forget: () => void
}

/** What a thread keeps between documents for speed, and must drop after a lock. */
export function forgetDocumentCaches(): void {
  forgetTranslations()
  forgetSubsets()
}

export function runJob(job: PdfJob, fontsDir: string): Rendered {
  switch (job.kind) {
    case 'plan':
      return renderPlan(job.dossier, { ...job.options, fontsDir })
    case 'letter':
      return renderLetter(job.dossier, { ...job.options, fontsDir })
    case 'carerLetter':
      return renderCarerLetter(job.dossier, job.carerId, { ...job.options, fontsDir })
  }
}

/** On the calling thread: for tests and the command line, where nothing else waits. */
export function inProcessPdf(fontsDir: string): PdfMaker {
  return { make: async (job) => runJob(job, fontsDir), forget: forgetDocumentCaches }
}
