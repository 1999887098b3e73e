import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { app, BrowserWindow, dialog, shell } from 'electron'
import type { FileKind, PlanPorts } from './pdf/export'

const PRINT_FOLDER_PREFIX = 'aan-tafel-print-'

/** Copies made for printing, from this run or an earlier one that did not close normally. */
export function removePrintCopies(): void {
  const tmp = os.tmpdir()
  for (const name of fs.readdirSync(tmp)) {
    if (name.startsWith(PRINT_FOLDER_PREFIX)) fs.rmSync(path.join(tmp, name), { recursive: true, force: true })
  }
}

/** Electron's side of files the person chooses: save and open dialogs, and the system's PDF program. */
export function electronPlanPorts(fontsDir: string, filterName: (kind: FileKind) => string): PlanPorts {
  return {
    fontsDir,
    chooseSavePath: async (suggestedName, kind) => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
      const options = {
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: filterName(kind), extensions: [kind] }],
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      }
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    chooseOpenPath: async (kind) => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
      const options = {
        defaultPath: app.getPath('documents'),
        filters: [{ name: filterName(kind), extensions: [kind, 'json'] }],
        properties: ['openFile' as const],
      }
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    openForPrinting: async (pdf, fileName) => {
      // A private folder per run, readable only by this user; the system's PDF program prints it.
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), PRINT_FOLDER_PREFIX))
      const file = path.join(folder, fileName)
      fs.writeFileSync(file, pdf, { mode: 0o600 })
      const error = await shell.openPath(file)
      if (error) throw new Error(error)
    },
    removeTemporaryFiles: async () => removePrintCopies(),
  }
}
