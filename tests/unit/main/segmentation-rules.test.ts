/** The user's rule files: validated data for the import job, and a sentence for a broken one. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CalqueFailure } from '@shared/domain/errors'
import {
  loadRulesFile,
  loadUserRules,
  segmentationRulesPath
} from '../../../src/main/services/segmentation-rules'
import { errorMessage } from '../../../src/cli/messages'
import { tempDir } from '../../helpers/paths'

const userData = tempDir('calque-rules-')
afterAll(() => rmSync(userData, { recursive: true, force: true }))
mkdirSync(join(userData, 'segmentation'))

describe('user segmentation rules', () => {
  it('load as data per language, for the import job', async () => {
    writeFileSync(
      segmentationRulesPath(userData, 'ru'),
      JSON.stringify({ lists: { titles: ['предс'] } })
    )
    const rules = await loadUserRules(userData)
    expect(Object.keys(rules)).toEqual(['ru'])
    expect(rules.ru?.[0]?.lists).toEqual({ titles: ['предс'] })
  })

  it('refuse a broken file with rules-invalid, naming the rule — no line and column', async () => {
    const path = segmentationRulesPath(userData, 'en')
    writeFileSync(path, JSON.stringify({ rules: [{ id: 'slow', break: true, before: 'a(?=b)' }] }))
    let failure: CalqueFailure | undefined
    try {
      await loadRulesFile(path)
    } catch (error) {
      failure = error as CalqueFailure
    }
    expect(failure?.error.code).toBe('rules-invalid')
    const message = errorMessage(failure!.error)
    expect(message).toMatch(
      new RegExp(
        `^The sentence rules in ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be used: rules\\[0\\]\\.before: rule "slow": uses a lookahead`
      )
    )
    expect(message).not.toMatch(/\(line \d*, column/)
  })
})
