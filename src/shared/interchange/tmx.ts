/**
 * TMX back into reviewed articles: a translation memory holds sentence pairs only, so each `<tu>`
 * becomes a confirmed row whose English (the corrected text Calque exported) is taken as the MT, with
 * no post-edit and no flags (a notice says so). Units group into articles by Calque's
 * `<prop type="x-calque-article">`; a `tuid` of the form `article/b12` gives the row id. Variants are
 * matched by language (`ru`, `ru-RU`, `en-GB` …), not by order.
 *
 * Refused: malformed or unsafe XML, a root other than `<tmx>`, a `<tuv>` without a language.
 */
import type { Language } from '../domain/document'
import { CalqueFailure } from '../domain/errors'
import {
  attr,
  childElements,
  elementFailure,
  parseXml,
  XML_NS,
  type XmlElement
} from '../import/readers/xml'
import { languageOf } from '../import/readers/tmx'
import { MQM_CORE } from '../typology/profile'
import { finishArticle, type PendingArticle } from './assemble'
import type { InterchangeReadOptions } from './options'
import { NoticeCounter, type InterchangeResult } from './types'

/** Elements of a `seg` that stand for native codes, not text. */
const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'sub'])

export function readTmxInterchange(
  text: string,
  options: InterchangeReadOptions = {}
): InterchangeResult {
  const notices = new NoticeCounter()
  const byArticle = new Map<string, PendingArticle>()
  let sourceLanguage: Language = 'ru'

  parseXml(text, {
    format: 'TMX',
    limits: options.limits ?? {},
    onOpen: (element, ancestors) => {
      if (ancestors.length === 0) {
        if (element.local !== 'tmx') {
          throw new CalqueFailure({
            code: 'file-format-unsupported',
            format: 'TMX',
            detail: `the root element is <${element.local}>, not <tmx>`
          })
        }
        return undefined
      }
      if (element.local === 'header')
        sourceLanguage = languageOf(attr(element, 'srclang') ?? '') ?? 'ru'
      return element.local === 'tu' ? 'capture' : undefined
    },
    onElement: (tu) => {
      const variants: Partial<Record<Language, string>> = {}
      for (const tuv of childElements(tu).filter((c) => c.local === 'tuv')) {
        const lang = attr(tuv, 'lang', XML_NS) ?? attr(tuv, 'lang')
        if (lang === undefined || lang.trim() === '')
          throw elementFailure(text, tuv, 'TMX', 'a <tuv> without xml:lang')
        const language = languageOf(lang)
        const seg = childElements(tuv).find((c) => c.local === 'seg')
        if (language && variants[language] === undefined)
          variants[language] = seg ? segText(seg) : ''
      }
      if (variants.ru === undefined && variants.en === undefined) return
      const prop = childElements(tu).find(
        (c) => c.local === 'prop' && attr(c, 'type') === 'x-calque-article'
      )
      const articleId = prop ? segText(prop) : ''
      let article = byArticle.get(articleId)
      if (!article) {
        article = {
          meta: articleId === '' ? {} : { id: articleId, name: articleId },
          original: 'tmx',
          rows: []
        }
        byArticle.set(articleId, article)
      }
      const tuid = attr(tu, 'tuid') ?? ''
      const targetLanguage: Language = sourceLanguage === 'ru' ? 'en' : 'ru'
      article.rows.push({
        proposedId: tuid.slice(tuid.lastIndexOf('/') + 1),
        source: variants[sourceLanguage] ?? '',
        target: variants[targetLanguage] ?? '',
        edit: null,
        status: 'confirmed',
        raws: [],
        flagData: new Map(),
        meta: null,
        unit: article.rows.length
      })
    }
  })

  if (byArticle.size > 0) notices.add('memoryOnly')
  const typology = options.typology ?? MQM_CORE
  const now = (options.now ?? new Date()).toISOString()
  const articles = [...byArticle.values()].map((article, k) =>
    finishArticle(
      { ...article, sourceLanguage, targetLanguage: sourceLanguage === 'ru' ? 'en' : 'ru' },
      k,
      { typology, now, notices },
      'TMX'
    )
  )
  return { format: 'tmx', articles, notices: notices.list() }
}

function segText(element: XmlElement): string {
  let text = ''
  for (const child of element.children) {
    if (typeof child === 'string') text += child
    else if (!CODES.has(child.local)) text += segText(child)
  }
  return text
}
