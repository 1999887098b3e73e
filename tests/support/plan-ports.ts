import path from 'node:path'
import type { PlanPorts } from '../../electron/main/pdf/export'
import { inProcessPdf } from '../../electron/main/pdf/jobs'

export interface TestPlanPorts extends PlanPorts {
  /** What the "save dialog" answers next: a file name in the folder, or null for "cancel". */
  answer: string | null
  /** What the "open dialog" answers next: a full path, or null for "cancel". */
  openAnswer: string | null
  opened: { fileName: string; bytes: number }[]
  /** How often the temporary print copies were removed. */
  removals: number
}

/** Stands in for Electron's save dialog and PDF program; the PDF itself is the real one. */
export function testPlanPorts(folder: string): TestPlanPorts {
  const ports: TestPlanPorts = {
    pdf: inProcessPdf(path.resolve('assets/fonts')),
    answer: 'plan.pdf',
    openAnswer: null,
    chooseOpenPath: async () => ports.openAnswer,
    opened: [],
    removals: 0,
    removeTemporaryFiles: async () => {
      ports.removals++
    },
    chooseSavePath: async () => (ports.answer === null ? null : path.join(folder, ports.answer)),
    openForPrinting: async (pdf, fileName) => {
      ports.opened.push({ fileName, bytes: pdf.length })
    },
  }
  return ports
}
