// Sandboxed preload: CommonJS, and no npm imports (a sandboxed preload can only require electron).
// It exposes exactly the calls the contract declares, one function each, and nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import { callNames, channelOf, eventChannelOf, eventNames, type EventName } from '../contract/channels'

const api = Object.fromEntries(callNames.map((name) => [name, (args: unknown) => ipcRenderer.invoke(channelOf(name), args)]))

contextBridge.exposeInMainWorld('aanTafel', api)

/** Listens to one declared event; returns the function that stops listening. Carries no data. */
contextBridge.exposeInMainWorld('aanTafelEvents', {
  on: (name: EventName, listener: () => void) => {
    if (!(eventNames as readonly string[]).includes(name) || typeof listener !== 'function') return () => undefined
    const forward = () => listener()
    ipcRenderer.on(eventChannelOf(name), forward)
    return () => {
      ipcRenderer.removeListener(eventChannelOf(name), forward)
    }
  },
})
