// @vitest-environment jsdom
/**
 * Startup through the real entry point (main.tsx): the language comes from main's settings, and a
 * page without the preload bridge explains itself instead of staying blank.
 */
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getBridge } from '../../../../src/renderer/src/lib/api'
import { fakeApi } from '../helpers/fake-api'

type BridgeWindow = Window & { calque?: unknown }

beforeEach(() => {
  vi.resetModules()
  document.body.innerHTML = '<div id="root"></div>'
})

afterEach(() => {
  cleanup()
  Reflect.deleteProperty(window, 'calque')
  document.body.innerHTML = ''
})

describe('startup', () => {
  it('shows a clear error screen when the app bridge is missing', async () => {
    expect(getBridge()).toBeNull()
    await import('../../../../src/renderer/src/main')
    const alert = await screen.findByRole('alert')
    expect(hasText(alert, 'The app bridge is missing')).toBe(true)
    expect(alert.textContent).toContain('Restart Calque')
  })

  it('starts in the language main resolved, on the start screen when nothing is open', async () => {
    const api = fakeApi({
      getSettings: async () => ({ language: 'ru', projectsRoot: '/home/reviewer/Calque' })
    })
    ;(window as BridgeWindow).calque = api
    expect(getBridge()).toBe(api)
    await import('../../../../src/renderer/src/main')
    expect(await screen.findByRole('button', { name: /Новый проект из пары файлов…/ })).toBeTruthy()
    expect(document.documentElement.lang).toBe('ru')
    expect(api.currentProject).toHaveBeenCalledWith({})
  })
})

function hasText(element: HTMLElement, text: string): boolean {
  return element.textContent?.includes(text) ?? false
}
