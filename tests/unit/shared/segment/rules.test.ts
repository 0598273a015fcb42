/**
 * Rules as data: the built-in JSON files, the schema that guards them, and user extensions (merging,
 * priority, and the messages a user gets for a broken rule file).
 */
import { describe, expect, it } from 'vitest'
import enJson from '@shared/segment/rules/en.json'
import ruJson from '@shared/segment/rules/ru.json'
import { expandReferences } from '@shared/segment/rules/expand'
import {
  builtInRules,
  SegmentationRulesError,
  segmentationRulesSchema
} from '@shared/segment/rules'
import { createSegmenter, defaultSegmenter } from '@shared/segment/segmenter'
import { parseUserRules, parseUserRulesText } from '@shared/segment/user-rules'

const texts = (segmenter: ReturnType<typeof createSegmenter>, text: string) =>
  segmenter.split(text).map(({ start, end }) => text.slice(start, end))

function issuesOf(json: unknown) {
  const result = parseUserRules(json)
  if (result.ok) throw new Error('expected the rule file to be refused')
  return result.error
}

describe('the built-in rule files', () => {
  it.each([
    ['ru', ruJson],
    ['en', enJson]
  ])('%s.json is a valid rule set whose rules all have an id and a reason', (language, json) => {
    const parsed = segmentationRulesSchema.safeParse(json)
    expect(parsed.success).toBe(true)
    const rules = builtInRules[language as 'ru' | 'en']
    expect(rules.language).toBe(language)
    const ids = rules.rules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of rules.rules) {
      expect(rule.id).toMatch(/^[a-z-]+$/)
      expect(rule.comment?.length).toBeGreaterThan(10)
    }
  })

  it('are plain data: JSON round-trips them unchanged', () => {
    for (const rules of Object.values(builtInRules)) {
      expect(JSON.parse(JSON.stringify(rules))).toEqual(rules)
    }
  })

  it('are refused by the schema when a regex is broken, naming the rule and the field', () => {
    const broken = structuredClone(ruJson)
    broken.rules[2]!.after = '(?=x'
    const parsed = segmentationRulesSchema.safeParse(broken)
    expect(parsed.success).toBe(false)
    const issue = parsed.error!.issues[0]!
    expect(issue.path).toEqual(['rules', 2, 'after'])
    expect(issue.message).toContain(`rule "${ruJson.rules[2]!.id}"`)
    expect(issue.message).toContain('not a valid regular expression')
  })
})

describe('list and pattern references', () => {
  const definitions = {
    patterns: { END: '[.!?]', RUN: '{{END}}+' },
    lists: { abbr: ['т.е', 'a+b', 'и др'], empty: [] }
  }
  const matches = (source: string, text: string) =>
    new RegExp(`^(?:${expandReferences(source, definitions)})$`, 'u').test(text)

  it('writes list entries as they appear in text', () => {
    expect(matches('{{abbr}}', 'т.е')).toBe(true)
    expect(matches('{{abbr}}', 'т. е')).toBe(true)
    expect(matches('{{abbr}}', 'Т.е')).toBe(true)
    expect(matches('{{abbr}}', 'a+b')).toBe(true)
    expect(matches('{{abbr}}', 'aab')).toBe(false)
    expect(matches('{{abbr}}', 'и  др')).toBe(true)
  })

  it('matches nothing for an empty list, and nests patterns', () => {
    expect(matches('{{empty}}', '')).toBe(false)
    expect(matches('{{RUN}}', '?!.')).toBe(true)
  })
})

describe('user rules', () => {
  it('add abbreviations to the built-in lists', () => {
    const text = 'Ему ответил дир. Иванов.'
    expect(texts(defaultSegmenter('ru'), text)).toEqual(['Ему ответил дир.', 'Иванов.'])
    const parsed = parseUserRules({ language: 'ru', lists: { titles: ['дир'] } })
    expect(parsed.ok).toBe(true)
    const segmenter = createSegmenter('ru', parsed.ok ? parsed.value : undefined)
    expect(texts(segmenter, text)).toEqual(['Ему ответил дир. Иванов.'])
    expect(segmenter.rules.lists['titles']).toContain('дир')
    expect(segmenter.rules.lists['titles']).toEqual(
      expect.arrayContaining(builtInRules.ru.lists['titles']!)
    )
  })

  it('go before the built-in rules, so they win', () => {
    const text = 'He arrived in Minsk. He left.'
    const segmenter = createSegmenter('en', {
      rules: [{ id: 'keep-minsk', break: false, before: 'Minsk\\.', after: '\\s' }]
    })
    expect(texts(segmenter, text)).toEqual(['He arrived in Minsk. He left.'])
    expect(segmenter.rules.rules[0]!.id).toBe('keep-minsk')
    expect(segmenter.explain(text)).toEqual([{ position: 20, break: false, rule: 'keep-minsk' }])
  })

  it('in several files: the first file wins', () => {
    const text = 'He arrived in Minsk. He left.'
    const keep = { rules: [{ break: false, before: 'Minsk\\.', after: '' }] }
    const split = { rules: [{ break: true, before: 'Minsk\\.', after: '' }] }
    expect(texts(createSegmenter('en', [keep, split]), text)).toHaveLength(1)
    expect(texts(createSegmenter('en', [split, keep]), text)).toHaveLength(2)
  })

  it('for one language leave the other alone', () => {
    const rules = { language: 'en' as const, rules: [{ break: true, before: 'a', after: '' }] }
    expect(createSegmenter('ru', rules).rules).toEqual(builtInRules.ru)
    expect(createSegmenter('en', rules).rules.rules).toHaveLength(builtInRules.en.rules.length + 1)
  })

  it('may reuse the built-in lists and patterns', () => {
    const parsed = parseUserRules({
      lists: { towns: ['Молодечно'] },
      rules: [{ id: 'town-after-обл', break: true, before: 'обл\\.', after: '\\s+{{towns}}' }]
    })
    expect(parsed.ok).toBe(true)
    const segmenter = createSegmenter('ru', parsed.ok ? parsed.value : undefined)
    expect(texts(segmenter, 'Город в Минской обл. Молодечно растёт.')).toEqual([
      'Город в Минской обл.',
      'Молодечно растёт.'
    ])
  })

  it('may replace a pattern, even with one the combined scan cannot use', () => {
    // A named group used by several rules makes the one-pass alternation invalid: one scan per rule.
    const segmenter = createSegmenter('en', { patterns: { END: '(?<mark>[.!?…])' } })
    expect(texts(segmenter, 'One. Two! Three?')).toEqual(['One.', 'Two!', 'Three?'])
  })
})

describe('a broken user rule file', () => {
  it('names the rule and the field of a bad regular expression', () => {
    const error = issuesOf({ rules: [{ id: 'mine', break: true, before: '(abc', after: '' }] })
    expect(error.issues).toHaveLength(1)
    expect(error.issues[0]!.path).toEqual(['rules', 0, 'before'])
    expect(error.message).toBe(
      'rules[0].before: rule "mine": not a valid regular expression (Unterminated group)'
    )
  })

  it('catches a stray ) that would close the lookbehind early', () => {
    const error = issuesOf({ rules: [{ break: false, before: 'a)(b', after: '' }] })
    expect(error.message).toMatch(/^rules\[0\]\.before: not a valid regular expression/)
  })

  it('reports every problem, not only the first', () => {
    const error = issuesOf({
      rules: [
        { id: 'one', break: true, before: '[', after: '' },
        { id: 'two', break: false, before: '', after: '*' }
      ]
    })
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['rules', 0, 'before'],
      ['rules', 1, 'after']
    ])
  })

  it('names an unknown list or pattern', () => {
    const error = issuesOf({ rules: [{ id: 'x', break: true, before: '{{nope}}', after: '' }] })
    expect(error.message).toContain(
      'rules[0].before: rule "x": {{nope}} is neither a list nor a pattern'
    )
  })

  it('finds patterns that refer to each other', () => {
    const error = issuesOf({
      patterns: { A: '{{B}}', B: 'x{{A}}' },
      rules: [{ break: true, before: '{{A}}', after: '' }]
    })
    expect(error.message).toContain('refers to itself')
  })

  it('refuses a name that is both a list and a pattern', () => {
    const error = issuesOf({ lists: { X: ['a'] }, patterns: { X: 'b' } })
    expect(error.message).toContain('"X" is both a list and a pattern')
  })

  it('refuses unknown fields, wrong types, bad names and bad entries', () => {
    expect(issuesOf({ rulez: [] }).message).toMatch(/rulez/)
    expect(issuesOf({ rules: [{ break: 'yes' }] }).issues[0]!.path).toEqual(['rules', 0, 'break'])
    expect(issuesOf({ lists: { 'my list': ['a'] } }).message).toMatch(/letters, digits and _/)
    expect(issuesOf({ lists: { titles: [' пос'] } }).message).toMatch(/no surrounding spaces/)
    expect(issuesOf({ formatVersion: 2 }).issues[0]!.path).toEqual(['formatVersion'])
    expect(issuesOf('rules').issues).toHaveLength(1)
  })

  it('reports text that is not JSON', () => {
    const result = parseUserRulesText('{ "rules": [ }')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/^not valid JSON/)
    expect(parseUserRulesText('{}').ok).toBe(true)
  })

  it('makes createSegmenter throw with the same messages', () => {
    expect(() =>
      createSegmenter('ru', { rules: [{ id: 'mine', break: true, before: '(', after: '' }] })
    ).toThrow(SegmentationRulesError)
    expect(() =>
      createSegmenter('ru', { rules: [{ id: 'mine', break: true, before: '{{nope}}', after: '' }] })
    ).toThrow('rules[0].before: rule "mine": {{nope}} is neither a list nor a pattern')
  })
})
