/**
 * Channel names only, no schemas: the preload imports this file, and a sandboxed preload should stay
 * tiny. `contract.ts` checks at compile time that every method here has a schema and vice versa.
 */
export const invokeChannels = {
  openSample: 'project:open-sample',
  openPair: 'project:open-pair',
  openBilingual: 'project:open-bilingual',
  openRecent: 'project:open-recent',
  listRecent: 'project:list-recent',
  currentProject: 'project:current',
  appendReview: 'review:append',
  getSettings: 'settings:get',
  setLanguage: 'settings:set-language',
  chooseProjectsRoot: 'settings:choose-projects-root',
  reopenWithEncoding: 'project:reopen-with-encoding'
} as const

/** Pushes from main to the renderer. */
export const eventChannels = {
  projectOpened: 'event:project-opened',
  openFailed: 'event:open-failed',
  languageChanged: 'event:language-changed',
  menuCommand: 'event:menu-command'
} as const

export type InvokeMethod = keyof typeof invokeChannels
export type EventName = keyof typeof eventChannels
