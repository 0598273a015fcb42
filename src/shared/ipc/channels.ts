/**
 * Channel names only, no schemas: the preload imports this file, and a sandboxed preload should stay
 * tiny. `contract.ts` checks at compile time that every method here has a schema and vice versa.
 */
export const invokeChannels = {
  openSample: 'project:open-sample',
  openPair: 'project:open-pair',
  openBilingual: 'project:open-bilingual',
  openProjectFolder: 'project:open-folder',
  openRecent: 'project:open-recent',
  listRecent: 'project:list-recent',
  currentProject: 'project:current',
  openArticle: 'article:open',
  addArticlePair: 'project:add-article-pair',
  addArticleFolder: 'project:add-article-folder',
  appendReview: 'review:append',
  reopenWithEncoding: 'article:reopen-with-encoding',
  updateProjectSettings: 'project:update-settings',
  rememberPlace: 'project:remember-place',
  cancelImport: 'import:cancel',
  exportArticles: 'export:articles',
  importReviewedFile: 'project:import-reviewed-file',
  saveReport: 'report:save',
  importMqmEvaluation: 'evaluation:import-mqm',
  listScoringProfiles: 'scoring:list-profiles',
  saveScoringProfile: 'scoring:save-profile',
  checkArticle: 'qa:check-article',
  getSettings: 'settings:get',
  setLanguage: 'settings:set-language',
  chooseProjectsRoot: 'settings:choose-projects-root'
} as const

/** Pushes from main to the renderer. */
export const eventChannels = {
  projectOpened: 'event:project-opened',
  openFailed: 'event:open-failed',
  languageChanged: 'event:language-changed',
  menuCommand: 'event:menu-command',
  importProgress: 'event:import-progress'
} as const

export type InvokeMethod = keyof typeof invokeChannels
export type EventName = keyof typeof eventChannels
