// @vitest-environment jsdom
/** The files list outside the app shell (no one to reopen through): encodings are shown read-only. */
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { I18nextProvider } from 'react-i18next'
import { ProjectFiles } from '../../../../src/renderer/src/features/import/ProjectFiles'
import { createI18n } from '../../../../src/renderer/src/i18n'
import { misreadSample } from './import-fixtures'

afterEach(cleanup)

describe('project files without the app shell', () => {
  it('shows each encoding as text, with its detail as a tooltip, and no menu', () => {
    const missing: string[] = []
    const i18n = createI18n('en', { onMissingKey: (ns, key) => missing.push(`${ns}:${key}`) })
    const project = misreadSample()
    render(
      <I18nextProvider i18n={i18n}>
        <ProjectFiles project={project} />
      </I18nextProvider>
    )
    expect(screen.queryByRole('button')).toBeNull()
    const [source] = screen.getAllByRole('definition')
    const tag = within(source!).getByText('KOI8-R').parentElement!
    expect(tag.textContent).toBe('KOI8-Rlow confidence')
    expect(tag.title).toBe('KOI8-R, detected from the text (41% sure).')
    expect(missing).toEqual([])
  })
})
