// @vitest-environment jsdom
/**
 * The files above the grid (`ProjectFiles` in the workspace toolbar): format, encoding (a menu to
 * reopen the file in another, locked once the article has review work), segment counts, the import
 * notes, and a bilingual file shown as paired. Through the real app shell with a fake bridge, on the
 * real sample article (its Russian side misread as KOI8-R, then reopened as Windows-1251).
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ArticleView } from '@shared/domain/project'
import { fail, ok, type Result } from '@shared/domain/errors'
import { fakeApi, type FakeApi } from '../helpers/fake-api'
import type { RenderedApp } from '../helpers/render-app'
import { sampleArticle, withReview } from '../helpers/sample-project'
import { openWorkspace } from '../helpers/workspace'
import {
  misreadSample,
  pairedSample,
  reopenedSample,
  warned,
  withSide,
  XLIFF_NAME
} from './import-fixtures'

let app: RenderedApp | null = null

afterEach(() => {
  cleanup()
  expect(app?.missingKeys ?? []).toEqual([])
  app = null
})

async function open(article: ArticleView, api: FakeApi = fakeApi(), language: 'en' | 'ru' = 'en') {
  const opened = await openWorkspace(article, api, language)
  app = opened.app
  return opened.api
}

/** The header's list of files (a `dl`: terms are the sides, definitions the files). */
const files = (): HTMLElement => screen.getAllByRole('term')[0]!.closest('dl')!
const firstRow = (): HTMLElement =>
  screen.getAllByRole('row').find((row) => row.hasAttribute('aria-selected'))!
const currentRow = (): HTMLElement | undefined =>
  screen.getAllByRole('row').find((row) => row.getAttribute('aria-selected') === 'true')

const RUSSIAN_TITLE = 'США и Беларусь готовы восстановить отношения на уровне послов'

describe('the files in the header', () => {
  it('shows each side with its file name, format, encoding and segment count', async () => {
    const article = withSide(
      withSide(sampleArticle(), 'source', {
        encoding: { name: 'utf-8', source: 'bom', confidence: 1 }
      }),
      'target',
      { fileName: 'en.md', format: 'md' }
    )
    await open(article)
    const list = within(files())
    expect(list.getAllByRole('term').map((term) => term.textContent)).toEqual(['Source', 'MT'])
    const [source, target] = list.getAllByRole('definition')
    expect(source!.textContent).toBe(
      `ru.txtTXTUTF-8from BOM${article.source.segments.length} segments`
    )
    expect(target!.textContent).toBe(
      `en.mdMarkdownUTF-8detected${article.target.segments.length} segments`
    )
    const encoding = within(source!).getByRole('button', {
      name: 'Encoding of ru.txt: UTF-8, from BOM'
    })
    expect(encoding.getAttribute('aria-haspopup')).toBe('menu')
    expect(encoding.getAttribute('aria-expanded')).toBe('false')
    expect(encoding.title).toBe(
      'UTF-8, read from the byte-order mark at the start of the file. Click to reopen the file with another encoding.'
    )
    expect(within(source!).getByText('ru.txt').title).toBe(article.source.originalPath)
    // Nothing to note: no notes area.
    expect(screen.queryByRole('region', { name: 'Check before you review' })).toBeNull()
  })

  it('marks an encoding the detector was unsure of, and says so in the notes', async () => {
    const article = misreadSample()
    await open(article)
    // The misread text is what the reviewer sees: the reason to look at the encoding.
    expect(firstRow().textContent).not.toContain(RUSSIAN_TITLE)
    const button = screen.getByRole('button', {
      name: 'Encoding of ru.txt: KOI8-R, detected with low confidence'
    })
    expect(button.textContent).toBe('KOI8-Rlow confidence')
    expect(button.title).toBe(
      'KOI8-R, detected from the text (41% sure). Click to reopen the file with another encoding.'
    )
    const notes = screen.getByRole('region', { name: 'Check before you review' })
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual([
      'The encoding of ru.txt (KOI8-R) was detected with low confidence: check the Russian text; you can reopen it with another encoding.'
    ])
  })

  it('shows a DOCX file’s encoding without a menu: the format fixes it', async () => {
    await open(
      withSide(sampleArticle(), 'target', {
        fileName: 'en.docx',
        format: 'docx',
        encoding: { name: 'utf-8', source: 'declared', confidence: 1 }
      })
    )
    const target = within(files()).getAllByRole('definition')[1]!
    expect(target.textContent).toContain('en.docxDOCXUTF-8declared in the file')
    expect(within(target).queryByRole('button')).toBeNull()
  })
})

describe('the import notes', () => {
  it('lists every warning in plain words and goes away when dismissed', async () => {
    const article = warned(
      warned(
        withSide(misreadSample(), 'target', { fileName: 'en.html', format: 'html' }),
        'target',
        { code: 'looks-russian' },
        { code: 'content-skipped', detail: 'script', count: 3 },
        { code: 'content-skipped', detail: 'navigation', count: 1 }
      ),
      'target',
      { code: 'content-skipped', detail: 'style', count: 2 },
      { code: 'content-skipped', detail: 'hidden', count: 1 }
    )
    await open(article)
    const notes = screen.getByRole('region', { name: 'Check before you review' })
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual([
      'The English side (en.html) looks Russian: are the files swapped, or is this side untranslated?',
      'The encoding of ru.txt (KOI8-R) was detected with low confidence: check the Russian text; you can reopen it with another encoding.',
      'Skipped in en.html: 3 scripts, 1 navigation block, 2 style blocks, and 1 piece of hidden text.'
    ])
    fireEvent.click(within(notes).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('region', { name: 'Check before you review' })).toBeNull()
    // The header keeps its mark: dismissing the note does not make the encoding sure.
    expect(
      screen.getByRole('button', { name: /KOI8-R, detected with low confidence/ })
    ).toBeTruthy()
  })

  it('says the files look swapped when each side reads as the other language', async () => {
    const article = warned(warned(sampleArticle(), 'source', { code: 'looks-english' }), 'target', {
      code: 'looks-russian'
    })
    await open(article)
    const notes = screen.getByRole('region', { name: 'Check before you review' })
    expect(notes.textContent).toContain(
      'The files look swapped: ru.txt reads as English and en.txt as Russian. Open the pair again, choosing the Russian original first.'
    )
  })
})

describe('reopening with another encoding', () => {
  it('lists every encoding in a menu, the current one checked and focused', async () => {
    await open(misreadSample())
    const button = screen.getByRole('button', { name: /Encoding of ru\.txt/ })
    fireEvent.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('true')
    const menu = screen.getByRole('menu', { name: 'Reopen ru.txt with encoding' })
    expect(button.getAttribute('aria-controls')).toBe(menu.id)
    const items = within(menu).getAllByRole('menuitemradio')
    expect(items.map((item) => item.getAttribute('aria-labelledby') && nameOf(item))).toEqual([
      'UTF-8',
      'UTF-16LE',
      'UTF-16BE',
      'Windows-1251',
      'KOI8-R',
      'CP866',
      'ISO-8859-5'
    ])
    const koi8 = within(menu).getByRole('menuitemradio', { name: 'KOI8-R' })
    expect(koi8.getAttribute('aria-checked')).toBe('true')
    expect(document.activeElement).toBe(koi8)
    expect(descriptionOf(within(menu).getByRole('menuitemradio', { name: 'Windows-1251' }))).toBe(
      'Cyrillic (Windows): most older Russian files'
    )
  })

  it('reopens the file as Windows-1251 and shows the article main returns', async () => {
    const api = fakeApi({ reopenWithEncoding: async () => ok(reopenedSample()) })
    const article = misreadSample()
    await open(article, api)
    fireEvent.click(screen.getByRole('button', { name: /Encoding of ru\.txt/ }))
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Windows-1251' }))
    expect(api.reopenWithEncoding).toHaveBeenCalledWith({
      projectId: article.projectId,
      articleId: article.id,
      side: 'source',
      encoding: 'windows-1251'
    })
    expect(
      await screen.findByRole('button', { name: 'Encoding of ru.txt: Windows-1251, chosen by you' })
    ).toBeTruthy()
    expect(firstRow().textContent).toContain(RUSSIAN_TITLE)
    expect(screen.queryByRole('menu')).toBeNull()
    expect(screen.queryByRole('region', { name: 'Check before you review' })).toBeNull()
  })

  it('says "Reopening…" and takes no second choice while main is at work', async () => {
    let answer: (result: Result<ArticleView>) => void = () => {}
    const api = fakeApi({
      reopenWithEncoding: () => new Promise((resolve) => (answer = resolve))
    })
    await open(misreadSample(), api)
    fireEvent.click(screen.getByRole('button', { name: /Encoding of ru\.txt/ }))
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Windows-1251' }))
    const busy = screen.getByRole('button', { name: 'Reopening…' })
    expect(busy.getAttribute('aria-disabled')).toBe('true')
    // The focus came back to the button and stays there, so the keyboard is not lost.
    expect(document.activeElement).toBe(busy)
    fireEvent.click(busy)
    expect(screen.queryByRole('menu')).toBeNull()
    await act(async () => answer(ok(reopenedSample())))
    expect(screen.getByRole('button', { name: /Windows-1251, chosen by you/ })).toBeTruthy()
    expect(api.reopenWithEncoding).toHaveBeenCalledTimes(1)
  })

  it('shows exactly why a reopen failed and keeps the article as it was', async () => {
    const path = '/home/reviewer/Calque/belarus-usa-ambassadors/source/ru.txt'
    const detail = 'byte 0xD3 at offset 0 is not valid UTF-8'
    const api = fakeApi({
      reopenWithEncoding: async () =>
        fail({ code: 'encoding-mismatch', path, side: 'source', encoding: 'utf-8', detail })
    })
    const article = misreadSample()
    await open(article, api)
    fireEvent.click(screen.getByRole('button', { name: /Encoding of ru\.txt/ }))
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'UTF-8' }))
    expect(api.reopenWithEncoding).toHaveBeenCalledWith({
      projectId: article.projectId,
      articleId: article.id,
      side: 'source',
      encoding: 'utf-8'
    })
    const alert = await screen.findByRole('alert')
    expect(alert.getAttribute('data-error-code')).toBe('encoding-mismatch')
    expect(alert.textContent).toMatch(/^Source: /)
    expect(alert.textContent).toContain(`${path} cannot be read as`)
    expect(alert.textContent).toContain(detail)
    expect(screen.getByRole('heading', { level: 1, name: article.name })).toBeTruthy()
    expect(
      screen.getByRole('button', {
        name: 'Encoding of ru.txt: KOI8-R, detected with low confidence'
      })
    ).toBeTruthy()
  })

  it('works from the keyboard, and letters typed in the menu never reach the rows', async () => {
    const api = fakeApi({ reopenWithEncoding: async () => ok(reopenedSample()) })
    await open(misreadSample(), api)
    const row = currentRow()
    const button = screen.getByRole('button', { name: /Encoding of ru\.txt/ })
    button.focus()
    key('ArrowDown')
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'UTF-8' }))
    key('End')
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'ISO-8859-5' }))
    key('ArrowDown') // wraps
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'UTF-8' }))
    // Typing jumps by first letter; j and k (next/previous row in the workspace) stay in the menu.
    key('k', 'KeyK')
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'KOI8-R' }))
    key('j', 'KeyJ')
    key('n', 'KeyN')
    fireEvent.keyDown(document.activeElement!, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(currentRow()).toBe(row)
    expect(row?.textContent).not.toContain('Needs work')
    key('Escape')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement).toBe(button)
    // The current encoding again changes nothing; another one reopens.
    key('ArrowUp')
    key('Home')
    key('w', 'KeyW')
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'Windows-1251' }))
    key('Enter')
    expect(api.reopenWithEncoding).toHaveBeenCalledWith(
      expect.objectContaining({ side: 'source', encoding: 'windows-1251' })
    )
    await screen.findByRole('button', { name: /Windows-1251, chosen by you/ })
  })

  it('closes without reopening when the current encoding is chosen or the focus leaves', async () => {
    const api = fakeApi()
    await open(misreadSample(), api)
    const button = screen.getByRole('button', { name: /Encoding of ru\.txt/ })
    fireEvent.click(button)
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'KOI8-R' }))
    expect(screen.queryByRole('menu')).toBeNull()
    fireEvent.click(button)
    fireEvent.focusOut(screen.getByRole('menuitemradio', { name: 'KOI8-R' }), {
      relatedTarget: screen.getByRole('grid')
    })
    expect(screen.queryByRole('menu')).toBeNull()
    expect(api.reopenWithEncoding).not.toHaveBeenCalled()
  })
})

describe('an article with review work', () => {
  const LOCKED_2 =
    'The article has 2 review actions: changing the encoding would rebuild every row under them, so it can no longer be changed.'

  it('keeps its encodings: the menu says why, and no choice reopens the file', async () => {
    const article = withReview(misreadSample(), [
      { type: 'status.set', row: 'b0', status: 'reviewed' },
      { type: 'status.set', row: 'b1', status: 'needs-work' }
    ])
    const api = await open(article)
    fireEvent.click(screen.getByRole('button', { name: /Encoding of ru\.txt/ }))
    const menu = screen.getByRole('menu', { name: 'Reopen ru.txt with encoding' })
    expect(screen.getByRole('note').textContent).toBe(LOCKED_2)
    const items = within(menu).getAllByRole('menuitemradio')
    expect(items.every((item) => item.getAttribute('aria-disabled') === 'true')).toBe(true)
    fireEvent.click(within(menu).getByRole('menuitemradio', { name: 'Windows-1251' }))
    expect(screen.queryByRole('menu')).toBeNull()
    expect(api.reopenWithEncoding).not.toHaveBeenCalled()
  })

  it('locks them as soon as the reviewer records the first action', async () => {
    const api = await open(misreadSample())
    key('r', 'KeyR')
    fireEvent.click(screen.getByRole('button', { name: /Encoding of ru\.txt/ }))
    expect(screen.getByRole('note').textContent).toBe(
      'The article has 1 review action: changing the encoding would rebuild every row under it, so it can no longer be changed.'
    )
    key('Enter')
    expect(api.reopenWithEncoding).not.toHaveBeenCalled()
    expect(api.appendReview).toHaveBeenCalledTimes(1)
  })

  it('says a read-only article cannot be reopened, and why in Russian with the plural', async () => {
    await open(
      sampleArticle({ readOnly: { code: 'project-locked', path: '/home/reviewer/Calque/x' } })
    )
    fireEvent.click(screen.getByRole('button', { name: /Encoding of ru\.txt/ }))
    expect(screen.getByRole('note').textContent).toBe('The article is read-only.')
    cleanup()
    await open(
      withReview(sampleArticle(), [
        { type: 'status.set', row: 'b0', status: 'reviewed' },
        { type: 'status.set', row: 'b1', status: 'reviewed' },
        { type: 'status.set', row: 'b2', status: 'reviewed' }
      ]),
      fakeApi(),
      'ru'
    )
    fireEvent.click(screen.getByRole('button', { name: /Кодировка ru\.txt/ }))
    expect(screen.getByRole('note').textContent).toBe(
      'В статье уже есть 3 действия проверки: смена кодировки перестроила бы под ними все строки, поэтому её больше нельзя сменить.'
    )
  })
})

describe('a bilingual file', () => {
  it('is listed once, as paired in the file, with one encoding and both segment counts', async () => {
    const api = fakeApi({ reopenWithEncoding: async () => ok(pairedSample()) })
    const article = pairedSample([{ code: 'empty-targets', count: 12 }])
    await open(article, api)
    const list = within(files())
    expect(list.getAllByRole('term').map((term) => term.textContent)).toEqual(['File'])
    const file = list.getByRole('definition')
    const n = article.source.segments.length
    const m = article.target.segments.length
    expect(file.textContent).toBe(
      `${XLIFF_NAME}Paired in the file (XLIFF 1.2)UTF-8declared in the file${n} source segments, ${m} MT segments`
    )
    expect(screen.getByRole('region', { name: 'Check before you review' }).textContent).toContain(
      `12 units in ${XLIFF_NAME} have no translation.`
    )
    fireEvent.click(
      within(file).getByRole('button', {
        name: `Encoding of ${XLIFF_NAME}: UTF-8, declared in the file`
      })
    )
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'UTF-16LE' }))
    expect(api.reopenWithEncoding).toHaveBeenCalledWith({
      projectId: article.projectId,
      articleId: article.id,
      side: 'source',
      encoding: 'utf-16le'
    })
  })
})

describe('in Russian', () => {
  it('names encodings, sources and notes in Russian, with Russian plurals', async () => {
    const article = warned(
      warned(
        withSide(misreadSample(), 'target', { fileName: 'en.html', format: 'html' }),
        'target',
        { code: 'content-skipped', detail: 'script', count: 3 },
        { code: 'content-skipped', detail: 'navigation', count: 1 },
        { code: 'content-skipped', detail: 'embedded', count: 2 },
        { code: 'content-skipped', detail: 'hidden', count: 5 }
      ),
      'target',
      { code: 'looks-russian' }
    )
    await open(article, fakeApi(), 'ru')
    const button = screen.getByRole('button', {
      name: 'Кодировка ru.txt: KOI8-R, определена неуверенно'
    })
    expect(button.textContent).toBe('KOI8-Rпод вопросом')
    const target = within(files()).getAllByRole('definition')[1]!
    expect(target.textContent).toBe(
      `en.htmlHTMLUTF-8определена${article.target.segments.length} сегментов`
    )
    const notes = screen.getByRole('region', { name: 'Перед проверкой обратите внимание' })
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual([
      'Английская сторона (en.html) похожа на русский текст: файлы перепутаны местами или эта сторона не переведена?',
      'Кодировка ru.txt (KOI8-R) определена неуверенно: проверьте русский текст; файл можно открыть заново в другой кодировке.',
      'Пропущено в en.html: 3 скрипта, 1 блок навигации, 2 встроенных объекта и 5 фрагментов скрытого текста.'
    ])
    fireEvent.click(button)
    const menu = screen.getByRole('menu', { name: 'Открыть ru.txt заново в кодировке' })
    const cp866 = within(menu).getByRole('menuitemradio', { name: 'CP866' })
    expect(descriptionOf(cp866)).toBe('Кириллица (DOS)')
    expect(within(notes).getByRole('button', { name: 'Закрыть' })).toBeTruthy()
  })

  it('counts untranslated units of a bilingual file with the right plural form', async () => {
    const counts = [1, 3, 12, 21]
    const texts: string[] = []
    for (const count of counts) {
      await open(pairedSample([{ code: 'empty-targets', count }]), fakeApi(), 'ru')
      const notes = screen.getByRole('region', { name: 'Перед проверкой обратите внимание' })
      texts.push(notes.querySelector('li')!.textContent!)
      cleanup()
    }
    expect(texts).toEqual([
      `1 единица в ${XLIFF_NAME} не переведена.`,
      `3 единицы в ${XLIFF_NAME} не переведены.`,
      `12 единиц в ${XLIFF_NAME} не переведены.`,
      `21 единица в ${XLIFF_NAME} не переведена.`
    ])
    const paired = await open(pairedSample(), fakeApi(), 'ru').then(() => files().textContent)
    expect(paired).toContain('Пары заданы в файле (XLIFF 1.2)')
    expect(paired).toContain(`${sampleArticle().source.segments.length} сегментов оригинала`)
  })
})

function key(k: string, code?: string): void {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: k, code })
}

function nameOf(element: HTMLElement): string {
  return document.getElementById(element.getAttribute('aria-labelledby')!)!.textContent!
}

function descriptionOf(element: HTMLElement): string {
  return document.getElementById(element.getAttribute('aria-describedby')!)!.textContent!
}
