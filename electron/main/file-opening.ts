import type { App } from 'electron'
import type { OpenedFiles } from './transfer/opened-files'

/**
 * Double-clicking a .aantafel file (or "Open with"): Windows and Linux start the app with the file
 * on its command line, and a second start hands its command line to the app already running (the
 * one with the single-instance lock); macOS sends `open-file`, also before the app is ready and
 * while it runs. Each file is checked and queued for the import flow; `onQueued` brings the window
 * forward and tells the renderer. A file queued before the window exists waits until the renderer
 * asks at its start.
 */
export function listenForOpenedFiles(
  app: Pick<App, 'on'>,
  files: OpenedFiles,
  firstStart: { argv: readonly string[]; workingDirectory: string },
  onQueued: () => void,
): void {
  files.addFromCommandLine(firstStart.argv, firstStart.workingDirectory)
  app.on('open-file', (event, file) => {
    // Handled here: without this, macOS reports that the app cannot open the file.
    event.preventDefault()
    if (files.add(file)) onQueued()
  })
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (files.addFromCommandLine(argv, workingDirectory) > 0) onQueued()
  })
}
