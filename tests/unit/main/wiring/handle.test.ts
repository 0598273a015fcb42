import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { IpcMain } from 'electron'
import { isSameAppUrl } from '../../../../src/main/app-url'
import { RESULT_METHODS } from '../../../../src/main/ipc/dispatch'
import { registerHandlers, sendEvent } from '../../../../src/main/ipc/handle'
import {
  eventChannels,
  invokeChannels,
  type InvokeMethod,
  type ResponseTypes
} from '@shared/ipc/contract'
import type { Result } from '@shared/domain/errors'
import { createFakeElectron, FakeWebContents, FakeSession, invokeEvent } from './fake-electron'
import { createFakeHandlers } from './fake-handlers'

const APP_URL = pathToFileURL('/opt/calque/out/renderer/index.html').href
const METHODS = Object.keys(invokeChannels) as InvokeMethod[]

/**
 * Which methods answer with a `Result`, as the compiler reads `ResponseTypes`: a contract change that
 * adds or drops a `Result` fails type-checking here until RESULT_METHODS (dispatch.ts) is updated.
 */
type ReturnsResult<M extends InvokeMethod> = [ResponseTypes[M]] extends [Result<unknown>]
  ? true
  : false
const RETURNS_RESULT: { readonly [M in InvokeMethod]: ReturnsResult<M> } = {
  openSample: true,
  openPair: true,
  openBilingual: true,
  openProjectFolder: true,
  openArticle: true,
  addArticlePair: true,
  addArticleFolder: true,
  updateProjectSettings: true,
  rememberPlace: false,
  cancelImport: false,
  reopenWithEncoding: true,
  openRecent: true,
  listRecent: false,
  currentProject: false,
  appendReview: true,
  getSettings: false,
  setLanguage: false,
  chooseProjectsRoot: true,
  exportArticles: true,
  importReviewedFile: true,
  saveReport: true,
  importMqmEvaluation: true,
  listScoringProfiles: false,
  saveScoringProfile: true,
  checkArticle: true
}

/** A valid request for every method, taken from how the renderer will call them. */
const GOOD: Record<InvokeMethod, unknown> = {
  openSample: {},
  openPair: {},
  openRecent: { projectId: 'belarus-usa-ambassadors' },
  listRecent: {},
  currentProject: {},
  appendReview: {
    projectId: 'belarus-usa-ambassadors',
    articleId: 'belarus-usa-ambassadors',
    event: { type: 'status.set', row: 'b3', status: 'reviewed' }
  },
  getSettings: {},
  setLanguage: { language: 'ru' },
  chooseProjectsRoot: {},
  openBilingual: {},
  openProjectFolder: {},
  openArticle: { projectId: 'belarus-usa-ambassadors', articleId: 'belarus-usa-ambassadors' },
  addArticlePair: { projectId: 'belarus-usa-ambassadors' },
  addArticleFolder: { projectId: 'belarus-usa-ambassadors' },
  updateProjectSettings: { projectId: 'belarus-usa-ambassadors', settings: { reviewer: 'Anna' } },
  rememberPlace: {
    projectId: 'belarus-usa-ambassadors',
    articleId: 'belarus-usa-ambassadors',
    row: 'b3'
  },
  cancelImport: {},
  reopenWithEncoding: {
    projectId: 'belarus-usa-ambassadors',
    articleId: 'belarus-usa-ambassadors',
    side: 'source',
    encoding: 'windows-1251'
  },
  exportArticles: {
    projectId: 'belarus-usa-ambassadors',
    articleIds: null,
    format: 'xliff21',
    trackChanges: true
  },
  importReviewedFile: { projectId: 'belarus-usa-ambassadors' },
  saveReport: {
    format: 'html',
    content: '<!doctype html><title>MQM</title>',
    suggestedName: 'mqm report (2026-12-06)'
  },
  importMqmEvaluation: {},
  listScoringProfiles: {},
  saveScoringProfile: { profile: { id: 'newsroom', name: 'Newsroom' } },
  checkArticle: { projectId: 'belarus-usa-ambassadors', articleId: 'belarus-usa-ambassadors' }
}

/** A wrong request for every method: a stray field, a wrong enum, a path in place of an id … */
const BAD: Record<InvokeMethod, unknown> = {
  openSample: { path: '/etc/passwd' },
  openPair: null,
  openRecent: { projectId: '../../etc' },
  listRecent: 'all',
  currentProject: { id: 1 },
  appendReview: {
    projectId: 'belarus-usa-ambassadors',
    articleId: 'belarus-usa-ambassadors',
    event: { type: 'status.set', row: 'row 3', status: 'reviewed' }
  },
  getSettings: [],
  setLanguage: { language: 'be' },
  chooseProjectsRoot: { dir: '/' },
  openBilingual: { path: '/etc/passwd' },
  openProjectFolder: { dir: '/' },
  openArticle: { projectId: 'belarus-usa-ambassadors', articleId: '../x' },
  addArticlePair: { projectId: 'belarus-usa-ambassadors', path: '/etc/passwd' },
  addArticleFolder: {},
  updateProjectSettings: { projectId: 'belarus-usa-ambassadors', settings: { typology: '../x' } },
  rememberPlace: { projectId: 'belarus-usa-ambassadors', articleId: 'a', row: 'row 3' },
  cancelImport: { job: 1 },
  reopenWithEncoding: {
    projectId: 'belarus-usa-ambassadors',
    articleId: 'belarus-usa-ambassadors',
    side: 'source',
    encoding: 'latin1'
  },
  exportArticles: { projectId: 'belarus-usa-ambassadors', articleIds: [], format: 'xliff21' },
  importReviewedFile: { projectId: 'belarus-usa-ambassadors', path: '/etc/passwd' },
  saveReport: { format: 'html', content: '<p>', suggestedName: '../../.bashrc' },
  importMqmEvaluation: { path: '/etc/passwd' },
  listScoringProfiles: 'all',
  saveScoringProfile: { profile: {}, dir: '/' },
  checkArticle: { projectId: 'belarus-usa-ambassadors', articleId: 'b/../../etc' }
}

function setUp(handlers = createFakeHandlers()) {
  const fake = createFakeElectron()
  registerHandlers(fake.module.ipcMain as unknown as IpcMain, handlers.handlers, (url) =>
    isSameAppUrl(APP_URL, url)
  )
  const invoke = (method: InvokeMethod, frameUrl: string | null, ...args: unknown[]) => {
    const listener = fake.ipcHandlers.get(invokeChannels[method])
    if (listener === undefined) throw new Error(`${method} not registered`)
    return listener(invokeEvent(frameUrl), ...args) as Promise<unknown>
  }
  return { fake, handlers, invoke }
}

describe('registerHandlers', () => {
  it('registers every contract channel exactly once (a second registration would throw)', () => {
    const { fake } = setUp()
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort())
  })

  it.each(METHODS)('%s: a good request reaches the handler, parsed', async (method) => {
    const { handlers, invoke } = setUp()
    await invoke(method, APP_URL, GOOD[method])
    expect(handlers.calls).toEqual([{ method, request: GOOD[method] }])
  })

  it.each(METHODS)('%s: a bad request never reaches the handler', async (method) => {
    const { handlers, invoke } = setUp()
    const answer = invoke(method, APP_URL, BAD[method])
    if (RETURNS_RESULT[method]) {
      await expect(answer).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-request', detail: expect.any(String) }
      })
    } else {
      await expect(answer).rejects.toThrow(`Invalid request for ${method}`)
    }
    expect(handlers.calls).toEqual([])
  })

  it.each(METHODS)('%s: a request from an untrusted frame is rejected', async (method) => {
    const { handlers, invoke } = setUp()
    for (const frame of ['https://evil.example/', 'file:///tmp/index.html', 'about:blank', null]) {
      await expect(invoke(method, frame, GOOD[method]), String(frame)).rejects.toThrow(
        /untrusted frame/
      )
    }
    expect(handlers.calls).toEqual([])
  })

  it('accepts exactly one argument', async () => {
    const { handlers, invoke } = setUp()
    await expect(invoke('openSample', APP_URL)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request', detail: 'expected exactly one argument, got 0' }
    })
    await expect(invoke('getSettings', APP_URL, {}, {})).rejects.toThrow(/exactly one argument/)
    expect(handlers.calls).toEqual([])
  })

  it('says which field is wrong', async () => {
    const { invoke } = setUp()
    const answer = (await invoke('appendReview', APP_URL, BAD.appendReview)) as {
      error: { detail: string }
    }
    expect(answer.error.detail).toMatch(/^event\.row: /)
  })

  it('knows which methods answer with a Result, as the contract types say', () => {
    const fromTypes = METHODS.filter((m) => RETURNS_RESULT[m])
    expect([...RESULT_METHODS].sort()).toEqual(fromTypes.sort())
  })

  it('turns a handler exception into an internal-error Result, for Result methods', async () => {
    const fakes = createFakeHandlers()
    const { invoke } = setUp({
      ...fakes,
      handlers: {
        ...fakes.handlers,
        openPair: async () => {
          throw new TypeError("Cannot read properties of undefined (reading 'segments')")
        }
      }
    })
    await expect(invoke('openPair', APP_URL, {})).resolves.toEqual({
      ok: false,
      error: {
        code: 'internal',
        detail: "Cannot read properties of undefined (reading 'segments')"
      }
    })
  })

  it('rejects, with the reason, when a method without a Result fails', async () => {
    const fakes = createFakeHandlers()
    const { invoke } = setUp({
      ...fakes,
      handlers: {
        ...fakes.handlers,
        getSettings: async () => {
          throw new Error('EACCES: permission denied')
        }
      }
    })
    await expect(invoke('getSettings', APP_URL, {})).rejects.toThrow('EACCES: permission denied')
  })
})

describe('sendEvent', () => {
  it('sends the payload on the event channel', () => {
    const contents = new FakeWebContents(new FakeSession())
    sendEvent(contents, 'languageChanged', { language: 'ru' })
    expect(contents.sent).toEqual([
      { channel: eventChannels.languageChanged, args: [{ language: 'ru' }] }
    ])
  })

  it('drops the event when the window is gone', () => {
    const contents = new FakeWebContents(new FakeSession())
    contents.destroyed = true
    expect(() => sendEvent(contents, 'openFailed', { code: 'internal' })).not.toThrow()
    expect(contents.sent).toEqual([])
  })
})
