import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { callNames, channelOf } from '../contract/channels'
import { dispatch } from './dispatch'
import { isAppUrl } from './security'
import type { Handlers } from './services'

/** A call counts only when it comes from the app's own page, in its top frame. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, devServerUrl?: string): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url, devServerUrl)
}

/** Registers one IPC handler per declared call; calls from any page but the app are refused. */
export function registerIpc(ipcMain: IpcMain, handlers: Handlers, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const name of callNames) {
    ipcMain.handle(channelOf(name), (event, payload: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'unknown-call', detail: 'untrusted sender' } }
      }
      return dispatch(handlers, name, payload)
    })
  }
}
