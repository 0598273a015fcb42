// @vitest-environment jsdom
/**
 * An external MQM evaluation in the dashboard: the Google TED en-de file of WMT21 (../shared/corpora)
 * loaded through the real backend, listed in the tracker and scored per system and per document. The
 * per-system scores shown under the Google convention are the published ones (the table the scoring
 * tests compare with): 13 of 14 equal at 2 decimals, eTranslation's published 1.96 a truncation.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SKIP_NO_CORPORA, corporaDir, hasCorpora, realBackend } from './real-backend'
import { giveTheTrackerRoom, renderDashboard, type RenderedDashboard } from './render-dashboard'

const { testBackend, seedSample, GOOGLE_TED_ENDE_PUBLISHED } = await realBackend()
const TED = join(corporaDir, 'mqm_google_ted2021_ende/mqm_ted_ende.tsv')

let shown: RenderedDashboard | null = null
let restore: () => void = () => undefined

beforeEach(() => {
  restore = giveTheTrackerRoom()
})

afterEach(() => {
  cleanup()
  restore()
  expect(shown?.missingKeys ?? []).toEqual([])
  shown = null
})

/** "1,234.5" (English digits) -> 1234.5 */
const numberIn = (cell: Element): number => Number((cell.textContent ?? '').replace(/,/g, ''))

describe.skipIf(!hasCorpora)(
  `a loaded MQM evaluation (${hasCorpora ? TED : SKIP_NO_CORPORA})`,
  () => {
    it('scores each system as published, lists every annotation, and switches back to the project', async () => {
      const backend = testBackend({ chooseMqmFile: async () => TED })
      await seedSample(backend.backend.handlers)
      shown = await renderDashboard(backend)
      fireEvent.click(screen.getByRole('button', { name: 'Load MQM evaluation…' }))
      const switchTo = await screen.findByRole('radio', {
        name: 'Loaded evaluation mqm_ted_ende.tsv'
      })
      expect(switchTo.getAttribute('aria-checked')).toBe('true')
      // An evaluation is scored with the convention it was made for.
      expect(
        (screen.getByRole('combobox', { name: 'Scoring profile' }) as HTMLSelectElement).value
      ).toBe('google-wmt-mqm')

      const table = screen.getByRole('table', { name: 'Scores per system' })
      const rows = within(table).getAllByRole('row').slice(2) // heading, total
      const header = within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
      const scoreColumn = header.indexOf('Score')
      const shownScores = rows.map((row) => {
        const name = within(row).getByRole('rowheader').textContent!
        return {
          name: name === 'ref' ? 'ref.A' : name,
          score: numberIn(row.children[scoreColumn]!)
        }
      })
      console.log(
        'TED en-de in the dashboard (Google WMT MQM, lower is better)\nsystem           shown  published\n' +
          shownScores
            .map(
              (s) =>
                `${s.name.padEnd(15)}  ${s.score.toFixed(2)}   ${GOOGLE_TED_ENDE_PUBLISHED[s.name]?.toFixed(2)}`
            )
            .join('\n')
      )
      // Every published system, in the published (best first) order.
      expect(shownScores.map((s) => s.name)).toEqual(Object.keys(GOOGLE_TED_ENDE_PUBLISHED))
      const different = shownScores.filter((s) => s.score !== GOOGLE_TED_ENDE_PUBLISHED[s.name])
      expect(different.map((s) => s.name)).toEqual(['eTranslation'])
      expect(different[0]!.score).toBe(1.97) // 1.969 shown rounded; published truncated to 1.96

      // Per document: 14 systems x 5 talks, narrowed to one system on demand.
      const docs = screen.getByRole('table', { name: 'Scores per document' })
      expect(within(docs).getAllByRole('row')).toHaveLength(1 + 70)
      fireEvent.change(screen.getByRole('combobox', { name: 'Documents of' }), {
        target: { value: 'Nemo' }
      })
      expect(within(docs).getAllByRole('row')).toHaveLength(1 + 5)

      // The tracker lists the annotations (the error lines), read-only.
      fireEvent.click(screen.getByRole('tab', { name: /Flag tracker/ }))
      const grid = await screen.findByRole('grid', { name: 'Every annotation of the evaluation' })
      expect(screen.getByText('4,031 annotations')).toBeTruthy()
      const first = within(grid)
        .getAllByRole('row')
        .find((r) => r.hasAttribute('aria-selected'))!
      expect(within(first).getByText('Facebook-AI')).toBeTruthy()
      expect(first.querySelector('.tracker-quote__span')?.textContent).toBe('in Betracht zu ziehen')
      fireEvent.click(first)
      expect(screen.queryByRole('button', { name: 'Resolve…' })).toBeNull()

      // Back to the project: its own flags, its own profile.
      fireEvent.click(screen.getByRole('radio', { name: 'This project' }))
      await waitFor(() =>
        expect(screen.getByRole('tab', { name: 'Flag tracker (7)' })).toBeTruthy()
      )
      expect(
        (screen.getByRole('combobox', { name: 'Scoring profile' }) as HTMLSelectElement).value
      ).toBe('mqm-core')
    })
  }
)
