/**
 * User rules run on a linear-time engine (RE2): a careless pattern cannot hang an import, and what RE2
 * cannot evaluate is refused when the file is read, naming the rule.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSegmenter } from '@shared/segment/segmenter'
import { builtInRules, USER_RULE_REACH } from '@shared/segment/rules'
import { expandReferences } from '@shared/segment/rules/expand'
import { scanRegexSource } from '@shared/segment/rules/regex-source'
import { parseUserRules } from '@shared/segment/user-rules'
import { runWithBudget } from '../../../helpers/run-with-budget'

const SUPPORT = join(__dirname, 'fixtures/segment-with-rules.ts')
/** Far above the milliseconds these take on the linear engine; JavaScript's backtracking takes hours. */
const BUDGET = { timeoutMs: 10_000, heapMb: 256 }

const texts = (segmenter: ReturnType<typeof createSegmenter>, text: string) =>
  segmenter.split(text).map(({ start, end }) => text.slice(start, end))

function refusal(json: unknown): string {
  const result = parseUserRules(json)
  if (result.ok) throw new Error('expected the rule file to be refused')
  return result.error.message
}

describe('a catastrophically backtracking user pattern', () => {
  const letters = 'a'.repeat(36)
  it.each([
    ['after, on a break rule scanned everywhere', { break: true, before: '', after: '(?:a+)+b' }],
    ['after, at sentence ends', { break: false, before: '\\.', after: '\\s(?:a+)+b' }],
    ['before', { break: true, before: 'c(?:a+)+b', after: '' }],
    ['a pattern a rule refers to', { break: true, before: '{{SLOW}}', after: '' }]
  ])(
    'in %s finishes at once and splits as written',
    async (_, rule) => {
      const text = `Первое предложение. ${letters} и ${letters}b. Второе: c${letters}b конец. ${letters}!`
      const outcome = await runWithBudget(
        SUPPORT,
        'segmentWithRules',
        ['ru', { patterns: { SLOW: 'c(?:a+)+b' }, rules: [{ id: 'slow', ...rule }] }, text],
        BUDGET
      )
      expect(outcome.kind).toBe('ok')
      const segments = (outcome as { value: string[] }).value
      // Nothing lost, nothing added: the segments are the text, trimmed.
      expect(segments.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''))
      expect(segments[0]).toBe('Первое предложение.')
    },
    30_000
  )

  it('is still applied: a break rule on it splits where it matches', () => {
    const segmenter = createSegmenter('ru', {
      rules: [{ id: 'slow', break: true, before: 'c(?:a+)+b', after: '\\s' }]
    })
    expect(texts(segmenter, 'Текст caaab дальше текст.')).toEqual(['Текст caaab', 'дальше текст.'])
  })
})

describe('the built-in rules', () => {
  it.each(['ru', 'en'])(
    '%s: stay linear on a paragraph with a run of ten million spaces',
    async (language) => {
      // The list-item rule once tested its after-part at every position of such a run (quadratic), and
      // an unbounded \s+ overflowed the regex engine's backtracking stack on it.
      const text = `Начало. ${' '.repeat(10_000_000)}конец\n- пункт`
      const outcome = await runWithBudget(SUPPORT, 'countBuiltIn', [language, text], {
        ...BUDGET,
        heapMb: 512
      })
      // "Начало. … конец" (a lower-case word does not start a sentence) and the list item.
      expect(outcome).toEqual({ kind: 'ok', value: 2 })
    },
    30_000
  )
})

describe('user rules on the linear engine', () => {
  it('keep lookbehinds, {{WB}} and the built-in lists', () => {
    const segmenter = createSegmenter('ru', {
      lists: { towns: ['Молодечно'] },
      rules: [
        { id: 'town', break: true, before: '{{WB}}обл\\.', after: '\\s+{{towns}}' },
        { id: 'keep-обл', break: false, before: '{{WB}}обл\\.', after: '' },
        { id: 'keep-дир', break: false, before: '(?<![\\p{L}])дир\\.', after: '' }
      ]
    })
    expect(
      texts(
        segmenter,
        'Город в Минской обл. Молодечно растёт. В Гродненской обл. Лида. Ответил дир. Иванов.'
      )
    ).toEqual([
      'Город в Минской обл.',
      'Молодечно растёт.',
      'В Гродненской обл. Лида.',
      'Ответил дир. Иванов.'
    ])
    // {{WB}}: in "вобл." the letters are not the abbreviation, so the built-in rules split there.
    expect(texts(segmenter, 'Он ел вобл. Лида рядом.')).toEqual(['Он ел вобл.', 'Лида рядом.'])
  })

  it('read ^ and $ as the paragraph edges, not the edges of the window they see', () => {
    const segmenter = createSegmenter('en', {
      rules: [{ id: 'first-word', break: true, before: '^Note:', after: '\\s' }]
    })
    expect(texts(segmenter, 'Note: it rains.')).toEqual(['Note:', 'it rains.'])
    const far = `${'x'.repeat(USER_RULE_REACH + 10)} Note: it rains.`
    expect(texts(segmenter, far)).toHaveLength(1)
  })

  it('find the candidates of a break rule without before where after starts', () => {
    const segmenter = createSegmenter('en', {
      rules: [{ id: 'dash', break: true, before: '', after: '\\s—\\s' }]
    })
    expect(texts(segmenter, 'He came — and left — quietly.')).toEqual([
      'He came',
      '— and left',
      '— quietly.'
    ])
  })

  it('let a replaced pattern reach the built-in rules that use it', () => {
    const segmenter = createSegmenter('en', { patterns: { END: '[.!?…;]' } })
    expect(texts(segmenter, 'One; Two. Three')).toEqual(['One;', 'Two.', 'Three'])
  })
})

describe('a user rule the linear engine cannot run', () => {
  it('is refused for a lookahead, naming the rule and the field', () => {
    expect(refusal({ rules: [{ id: 'ahead', break: true, before: 'x(?=y)', after: '' }] })).toMatch(
      /^rules\[0\]\.before: rule "ahead": uses a lookahead .*linear-time engine.*"after"/
    )
    expect(refusal({ rules: [{ id: 'ahead', break: true, before: '', after: '(?!y)' }] })).toMatch(
      /^rules\[0\]\.after: rule "ahead": uses a lookahead/
    )
  })

  it('is refused for a backreference', () => {
    expect(refusal({ rules: [{ id: 'twice', break: true, before: '(a)\\1', after: '' }] })).toMatch(
      /^rules\[0\]\.before: rule "twice": uses a backreference/
    )
  })

  it('names the built-in pattern that brings the lookahead in', () => {
    expect(
      refusal({ rules: [{ id: 'starter', break: true, before: '\\.', after: '\\s+{{STARTER}}' }] })
    ).toMatch(/rule "starter": uses \{\{STARTER\}\}, which has a lookahead/)
  })

  it('refuses a replaced pattern that a built-in rule could then not run', () => {
    expect(refusal({ language: 'en', patterns: { WB: '(?![\\p{L}])' } })).toMatch(
      /^patterns\.WB: the built-in rule "[a-z-]+" uses this pattern/
    )
  })

  it('refuses a break rule that would break everywhere', () => {
    expect(refusal({ rules: [{ id: 'all', break: true, before: '', after: '' }] })).toMatch(
      /rule "all": a break rule needs "before" or "after"/
    )
  })

  it('refuses files beyond the limits on rules and list entries', () => {
    const many = Array.from({ length: 201 }, () => ({ break: false, before: 'x', after: '' }))
    expect(refusal({ rules: many })).toMatch(/^rules:/)
    expect(refusal({ lists: { titles: Array.from({ length: 1001 }, (_, k) => `t${k}`) } })).toMatch(
      /^lists\.titles:/
    )
  })
})

describe('the built-in rules are safe for a backtracking engine', () => {
  it.each(['ru', 'en'] as const)(
    '%s: no quantifier without an upper bound, once every {{name}} is expanded',
    (language) => {
      const set = builtInRules[language]
      const definitions = { patterns: set.patterns, lists: set.lists }
      const unbounded = set.rules.flatMap((rule) =>
        (['before', 'after'] as const)
          .filter((field) =>
            scanRegexSource(expandReferences(rule[field], definitions)).constructs.includes(
              'unbounded'
            )
          )
          .map((field) => `${rule.id}.${field}`)
      )
      // With every repetition bounded, the work at one position is bounded, so a scan is linear and
      // a run of ten million spaces cannot overflow the regex engine's backtracking stack.
      expect(unbounded).toEqual([])
    }
  )
})
