/**
 * A project made of the cases that break naive writers: an article with no rows; a row with no source
 * (an MT addition) and one with no MT (an omission, filled in by the post-edit); flags that cross,
 * nest, coincide and are empty, on both sides; astral characters, XML specials, CR and tab.
 */
import type { ReviewedArticle, ReviewedRow } from '@shared/domain/article'
import type { Flag } from '@shared/domain/review'

const at = '2026-11-27T10:00:00.000Z'
const flag = (
  id: string,
  row: string,
  side: Flag['side'],
  span: [number, number],
  extra: Partial<Flag> = {}
): Flag => ({
  id,
  row,
  side,
  span,
  category: 'accuracy/mistranslation',
  severity: 'major',
  comment: '',
  status: 'open',
  origin: 'reviewer',
  author: 'anna',
  createdAt: at,
  updatedAt: at,
  ...extra
})

const row = (partial: Partial<ReviewedRow> & Pick<ReviewedRow, 'id' | 'index'>): ReviewedRow => ({
  source: '',
  target: '',
  edit: null,
  status: 'unreviewed',
  flags: [],
  sourceSegments: [],
  targetSegments: [],
  confidence: 1,
  origin: 'auto',
  sourceParagraph: null,
  targetParagraph: null,
  heading: false,
  ...partial
})

//              0123456789012345678901234567890
const MT = 'A <b> & "c" 😀 d\r\te ]]> f — ж'

export const edgeArticles: ReviewedArticle[] = [
  {
    id: 'empty-article',
    name: 'No rows at all',
    sourceLanguage: 'ru',
    targetLanguage: 'en',
    sourceFile: 'empty-ru.txt',
    targetFile: 'empty-en.txt',
    rows: []
  },
  {
    id: 'edges',
    name: 'Edges & <specials>',
    sourceLanguage: 'ru',
    targetLanguage: 'en',
    sourceFile: 'ru «1».txt',
    targetFile: 'en.txt',
    rows: [
      row({
        id: 'b0',
        index: 0,
        target: 'Other news',
        targetSegments: [0],
        targetParagraph: 0,
        edit: '',
        status: 'reviewed',
        flags: [flag('e1', 'b0', 'target', [0, 10], { category: 'accuracy/addition' })]
      }),
      row({
        id: 'b1',
        index: 1,
        source: 'Пропущено.',
        sourceSegments: [0],
        sourceParagraph: 0,
        edit: 'Left out.',
        status: 'confirmed',
        flags: [
          flag('e2', 'b1', 'source', [0, 10], { category: 'accuracy/omission' }),
          flag('e3', 'b1', 'target', [0, 0], { category: 'accuracy/omission' })
        ]
      }),
      row({
        id: 'b2',
        index: 2,
        source: 'Ж <и> & "к" 😀',
        target: MT,
        edit: 'A <b> & "c"\n😀 d e f — ж',
        status: 'needs-work',
        sourceSegments: [1],
        targetSegments: [1, 2],
        sourceParagraph: 1,
        targetParagraph: 1,
        flags: [
          flag('x1', 'b2', 'target', [0, 12]),
          flag('x2', 'b2', 'target', [6, 18], {
            category: 'style',
            severity: 'minor',
            comment: 'crosses x1 & "x3"\n<next line>'
          }),
          flag('x3', 'b2', 'target', [12, 24], {
            status: 'resolved',
            resolution: { note: '', by: 'boris', at }
          }),
          flag('x4', 'b2', 'target', [6, 18], {
            category: 'other',
            status: 'rejected',
            thread: []
          }),
          flag('x5', 'b2', 'target', [12, 12], { severity: 'neutral' }),
          flag('x6', 'b2', 'target', [0, MT.length], { severity: 'critical' }),
          flag('x7', 'b2', 'source', [2, 5]),
          flag('x8', 'b2', 'source', [12, 14], { comment: 'astral' })
        ]
      })
    ]
  }
]
