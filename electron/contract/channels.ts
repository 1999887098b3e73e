// The names of every call the renderer may make into the main process.
// Kept free of imports so that the sandboxed preload can bundle it without npm code;
// `calls.ts` checks at compile time that every name here has a schema there, and back.
export const callNames = [
  'settings.get',
  'settings.update',
  'dossiers.list',
  'dossiers.dismissNotices',
  'dossiers.create',
  'dossiers.read',
  'dossiers.update',
  'dossiers.delete',
  'dossiers.duplicate',
  'dossiers.unlock',
  'dossiers.setPassphrase',
  'dossiers.removePassphrase',
  'dossiers.lockAll',
  'dossiers.export',
  'dossiers.import',
  'app.deleteEverything',
  'plan.save',
  'plan.openForPrinting',
  'backup.save',
  'backup.restore',
  'timeline.saveWeekCalendar',
  'timeline.saveCalendar',
  'letter.save',
  'letter.carerConversation',
] as const

export type CallName = (typeof callNames)[number]

export const channelPrefix = 'aan-tafel:'

export function channelOf(name: CallName): string {
  return channelPrefix + name
}

/**
 * What the main process tells the renderer, unasked: the computer is locking (its screen, or
 * sleep), so the renderer stores what was just typed and then locks the dossiers itself; and,
 * when the renderer did not answer in time, that the main process locked them. `fileOpened`: the
 * operating system asked the app to open a hand-over file (a double-click), so the renderer runs
 * the import flow for it (`dossiers.import` with `opened: true`).
 */
export const eventNames = ['lockRequested', 'locked', 'fileOpened'] as const
export type EventName = (typeof eventNames)[number]

export const eventPrefix = 'aan-tafel-event:'

export function eventChannelOf(name: EventName): string {
  return eventPrefix + name
}
