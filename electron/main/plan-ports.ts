import os from 'node:os'
import path from 'node:path'
import { app, BrowserWindow, dialog, shell } from 'electron'
import type { FileKind, PlanPorts } from './pdf/export'
import type { PdfMaker } from './pdf/jobs'
import { removePrintCopies, writePrintCopy } from './pdf/print-copies'

/** Electron's side of files the person chooses: save and open dialogs, and the system's PDF program. */
export function electronPlanPorts(pdf: PdfMaker, printDir: string, filterName: (kind: FileKind) => string): PlanPorts {
  const parentWindow = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  return {
    pdf,
    chooseSavePath: async (suggestedName, kind) => {
      const window = parentWindow()
      const options = {
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: filterName(kind), extensions: [kind] }],
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      }
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    chooseOpenPath: async (kind) => {
      const window = parentWindow()
      const options = {
        defaultPath: app.getPath('documents'),
        filters: [{ name: filterName(kind), extensions: [kind, 'json'] }],
        properties: ['openFile' as const],
      }
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    openForPrinting: async (pdf, fileName) => {
      const error = await shell.openPath(writePrintCopy(printDir, pdf, fileName))
      if (error) throw new Error(error)
    },
    removeTemporaryFiles: async () => removePrintCopies(printDir),
  }
}

/** Print copies live beside the data, never in the shared temporary folder. */
export function printDirOf(userData: string): string {
  return path.join(userData, 'print-copies')
}

export const systemTempDir = os.tmpdir
