// Sandboxed preload: CommonJS, and no npm imports (a sandboxed preload can only require electron).
// It exposes exactly the calls the contract declares, one function each, and nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import { callNames, channelOf } from '../contract/channels'

const api = Object.fromEntries(
  callNames.map((name) => [name, (args: unknown) => ipcRenderer.invoke(channelOf(name), args)]),
)

contextBridge.exposeInMainWorld('aanTafel', api)
