import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readHtml } from '@shared/import/readers/html'
import type { Block, BlockKind } from '@shared/import/readers/types'
import { escapeXml, failureOf, onlyCalqueFailures, sampleParagraphs, skipped } from './helpers'
import { anyText, tokenSoup } from './xml-arbitraries'

const HEADLINE = 0
const SUBHEADING = 11

/** A paragraph as a CMS would print it: entities for typography, a link, emphasis, a line wrap. */
function asHtml(paragraph: string): string {
  return escapeXml(paragraph)
    .replace(/«/g, '&laquo;')
    .replace(/»/g, '&raquo;')
    .replace(/ — /g, ' &mdash; ')
    .replace(/(Лукашенко|Lukashenk[oa])/, '<a href="/tag/lukashenko">$1</a>')
    .replace(/(США|US)/, '<strong>$1</strong>')
    .replace(/(?<=^.{40,}?) /, '\n        ')
}

/** The sample article as a news site serves it: banner, navigation, scripts, sidebar, footer. */
function newsPage(language: 'ru' | 'en'): string {
  const paragraphs = sampleParagraphs(language)
  const body = paragraphs
    .map((paragraph, i) => {
      if (i === HEADLINE) return ''
      if (i === SUBHEADING) return `<h2>${asHtml(paragraph)}</h2>`
      return `<p>${asHtml(paragraph)}</p>`
    })
    .join('\n      ')
  return `<!DOCTYPE html>
<html lang="${language}">
  <head>
    <meta charset="utf-8">
    <title>${escapeXml(paragraphs[HEADLINE]!)} | Новости</title>
    <style>p { margin: 0 }</style>
    <script>window.dataLayer = ["<p>not text</p>"]</script>
  </head>
  <body>
    <header class="site"><a href="/">Новости</a><nav><ul><li><a href="/p">Политика</a></li><li>Экономика</li></ul></nav></header>
    <main>
      <article>
        <header><h1>${asHtml(paragraphs[HEADLINE]!)}</h1></header>
      ${body}
      </article>
      <aside><h3>Читайте также</h3><ul><li>Другая статья</li></ul></aside>
    </main>
    <footer><p>© 2019</p><form><input name="email"><button>Подписаться</button></form></footer>
    <script>track("pageview")</script>
  </body>
</html>`
}

describe('HTML: the sample article as a news page', () => {
  it.each(['ru', 'en'] as const)(
    'reads the %s article: every paragraph, headings marked, page furniture dropped',
    (language) => {
      const paragraphs = sampleParagraphs(language)
      expect(readHtml(newsPage(language))).toEqual({
        blocks: paragraphs.map((text, i) => ({
          text,
          kind: i === HEADLINE || i === SUBHEADING ? 'heading' : 'paragraph'
        })),
        // The site header (with its nav) and the footer (with its form) count once each, as wholes.
        warnings: [
          skipped('script', 1),
          skipped('header', 1),
          skipped('footer', 1),
          skipped('aside', 1)
        ]
      })
    }
  )
})

describe('HTML: blocks', () => {
  const [p0, p1, p2, p3] = sampleParagraphs('ru')

  it('reads a fragment without html or body', () => {
    expect(readHtml(`<p>${p2}</p>`)).toEqual({
      blocks: [{ text: p2, kind: 'paragraph' }],
      warnings: []
    })
  })

  it('turns one <br> into a space and two in a row into a block boundary', () => {
    const [first, ...rest] = p2!.split(' ')
    expect(readHtml(`<p>${first}<br>${rest.join(' ')}</p>`).blocks).toEqual([
      { text: p2, kind: 'paragraph' }
    ])
    expect(readHtml(`<div>${p2}<br><br>${p3}<br>\n  <br/><br>${p1}</div>`).blocks).toEqual([
      { text: p2, kind: 'paragraph' },
      { text: p3, kind: 'paragraph' },
      { text: p1, kind: 'paragraph' }
    ])
  })

  it('reads list items, a <p> inside an item, nested lists and the item text after them', () => {
    const html = `<ol><li>${p0}</li><li><p>${p1}</p></li><li>Раз<ul><li>Два</li></ul>Три</li></ol><p>${p2}</p>`
    expect(readHtml(html).blocks).toEqual<Block[]>([
      { text: p0!, kind: 'list-item' },
      { text: p1!, kind: 'list-item' },
      { text: 'Раз', kind: 'list-item' },
      { text: 'Два', kind: 'list-item' },
      { text: 'Три', kind: 'list-item' },
      { text: p2!, kind: 'paragraph' }
    ])
  })

  it('reads all six heading levels, inline markup inside them included', () => {
    const html = [1, 2, 3, 4, 5, 6]
      .map((n) => `<h${n}><span>Уровень</span> <em>${n}</em></h${n}>`)
      .join('')
    expect(readHtml(html).blocks).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => ({ text: `Уровень ${n}`, kind: 'heading' }))
    )
  })

  it('reads text between blocks in a div as blocks of their own, and each table cell as a block', () => {
    const html = `<div>Вступление<p>${p2}</p>Окончание</div><table><tr><th>Год</th><td>2008</td></tr><tr><td>5 сотрудников</td><td></td></tr></table>`
    expect(readHtml(html).blocks.map((block) => block.text)).toEqual([
      'Вступление',
      p2,
      'Окончание',
      'Год',
      '2008',
      '5 сотрудников'
    ])
  })

  it('joins inline elements without adding spaces the page does not show', () => {
    expect(readHtml('<p>Лукашен<b>ко</b> и <i>Хейл</i>, 17&nbsp;сентября</p>').blocks).toEqual([
      { text: 'Лукашенко и Хейл, 17\u00a0сентября', kind: 'paragraph' }
    ])
  })

  it('decodes entities as a browser does', () => {
    expect(
      readHtml('<p>&laquo;Голос Америки&raquo; &amp; &#8470;&nbsp;1 &mdash; &copy 2019 &bogus;</p>')
        .blocks
    ).toEqual([{ text: '«Голос Америки» & №\u00a01 — © 2019 &bogus;', kind: 'paragraph' }])
  })

  it('drops blocks of nothing but spaces, NBSP or zero-width characters', () => {
    expect(readHtml(`<p>&nbsp;</p><p> \u200b </p><p>${p2}</p><div>\n\t</div>`).blocks).toEqual([
      { text: p2, kind: 'paragraph' }
    ])
  })

  it('keeps a header and footer inside an article (the headline, a byline)', () => {
    const html = `<article><header><h1>${p0}</h1></header><p>${p2}</p><footer><p>Автор: Иван Петров</p></footer></article>`
    expect(readHtml(html)).toEqual({
      blocks: [
        { text: p0, kind: 'heading' },
        { text: p2, kind: 'paragraph' },
        { text: 'Автор: Иван Петров', kind: 'paragraph' }
      ],
      warnings: []
    })
  })

  it('collapses whitespace in <pre> too: no block holds a line break', () => {
    expect(readHtml(`<pre>${p2}\n\n${p3}</pre>`).blocks).toEqual([
      { text: `${p2} ${p3}`, kind: 'paragraph' }
    ])
  })
})

describe('HTML: what is dropped', () => {
  const [, , p2] = sampleParagraphs('en')

  it('drops scripts, styles, forms, embeds and the like, counting only those that held text', () => {
    const html = `<p>${p2}</p>
      <script src="/app.js"></script><script>var a = 1</script><style>p{}</style>
      <noscript>Включите JavaScript</noscript><template><p>Шаблон</p></template>
      <form><label>Email <input></label></form><button>Подписаться</button>
      <iframe src="https://example.com">Видео</iframe><svg><text>График</text></svg>
      <select><option>Минск</option></select><textarea>Комментарий</textarea>
      <video>Ваш браузер не поддерживает видео</video><math><mi>x</mi></math><dialog>Cookies?</dialog>`
    expect(readHtml(html)).toEqual({
      blocks: [{ text: p2, kind: 'paragraph' }],
      // The empty <script src> is not counted; the 13 that held text, by kind, in the list's order.
      warnings: [
        skipped('script', 3), // script, noscript, template
        skipped('style', 1),
        skipped('form', 4), // form, button, select, textarea
        skipped('embedded', 4), // iframe, svg, video, math
        skipped('item', 1) // dialog
      ]
    })
  })

  it('drops navigation landmarks by role and hidden elements', () => {
    const html = `<div role="navigation">Главная</div><div role="Banner">Сайт</div><p hidden>Скрыто</p>
      <p aria-hidden="true">Иконка</p><p style="color: red; display : none">Реклама</p><p>${p2}</p>`
    expect(readHtml(html)).toEqual({
      blocks: [{ text: p2, kind: 'paragraph' }],
      // A role names what the element is, as its tag would: a banner is the page header.
      warnings: [skipped('navigation', 1), skipped('header', 1), skipped('hidden', 3)]
    })
  })

  it('refuses a page with no text outside what it drops, saying what that was', () => {
    expect(failureOf(() => readHtml('<nav>Главная</nav><script>x()</script>'))).toEqual({
      code: 'file-no-text',
      format: 'HTML',
      detail: 'only script (1), navigation (1)'
    })
    expect(failureOf(() => readHtml('')).detail).toBe('no text in the page body')
  })

  it('drops a navigation of a quarter of a million links', () => {
    const html = `<nav>${'<a href="/">Главная</a>'.repeat(250_000)}</nav><p>${p2}</p>`
    expect(readHtml(html)).toEqual({
      blocks: [{ text: p2, kind: 'paragraph' }],
      warnings: [skipped('navigation', 1)]
    })
  })

  it('survives nesting far deeper than any call stack', () => {
    const html = '<div>'.repeat(200_000) + 'Глубоко' + '</div>'.repeat(200_000)
    expect(readHtml(html).blocks).toEqual([{ text: 'Глубоко', kind: 'paragraph' }])
  })
})

describe('HTML: properties', () => {
  it('throws nothing but CalqueFailure, and every block is trimmed, non-empty, without line breaks', () => {
    const soup = tokenSoup([
      '<p>',
      '</p>',
      '<br>',
      '<h1>',
      '</h1>',
      '<li>',
      '<ul>',
      '</ul>',
      '<table><tr><td>',
      '<script>',
      '</script>',
      '<nav>',
      '</nav>',
      '<header>',
      '<article>',
      '&nbsp;',
      '&amp;',
      '&lt;',
      '<!--',
      '-->',
      '<template>',
      '\n\n'
    ])
    fc.assert(
      fc.property(fc.oneof(anyText, soup), (html) =>
        onlyCalqueFailures(() => {
          for (const block of readHtml(html).blocks) {
            expect(block.text).toBe(block.text.trim())
            expect(block.text).not.toBe('')
            expect(block.text).not.toMatch(/[\n\r]/)
          }
        })
      ),
      { numRuns: 500 }
    )
  })

  it('gives back every block that was written, with its kind', () => {
    const tags = ['p', 'h1', 'h3', 'li', 'div', 'td', 'blockquote'] as const
    const text = fc
      .string({ unit: 'binary', maxLength: 30 })
      .filter((t) => !/[\0\r]/.test(t) && /[\p{L}\p{N}]/u.test(t))
    const written = fc.array(fc.tuple(fc.constantFrom(...tags), text), {
      minLength: 1,
      maxLength: 10
    })
    fc.assert(
      fc.property(written, (blocks) => {
        const html = blocks
          .map(([tag, t]) => {
            const content = escapeXml(t)
            if (tag === 'li') return `<ul><li>${content}</li></ul>`
            if (tag === 'td') return `<table><tr><td>${content}</td></tr></table>`
            return `<${tag}>${content}</${tag}>`
          })
          .join('')
        const kind = (tag: (typeof tags)[number]): BlockKind =>
          tag.startsWith('h') ? 'heading' : tag === 'li' ? 'list-item' : 'paragraph'
        const expected = blocks
          .map(([tag, t]) => ({ text: t.replace(/[\t\n\f ]+/g, ' ').trim(), kind: kind(tag) }))
          .filter((block) => !/^[\s\u00ad\u200b-\u200d\u2060\ufeff]*$/.test(block.text))
        expect(readHtml(html).blocks).toEqual(expected)
      }),
      { numRuns: 300 }
    )
  })
})
