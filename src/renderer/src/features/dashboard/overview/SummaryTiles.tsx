import type { DashboardT } from '../dashboard-i18n'
import type { TrackerItem } from '@shared/report/tracker-items'
import type { ScoreReport } from '@shared/scoring/report'
import type { DashboardLabels } from '../use-dashboard-labels'
import { Verdict } from './Verdict'

interface SummaryTilesProps {
  readonly report: ScoreReport
  readonly items: readonly TrackerItem[]
  /** Rows with a post-edit (a project); null when the data cannot say. */
  readonly editedRows: number | null
  readonly labels: DashboardLabels
  readonly t: DashboardT
}

/** The answer at a glance: score and verdict, words, errors, rows flagged, post-edit distance, flags. */
export function SummaryTiles({
  report,
  items,
  editedRows,
  labels,
  t
}: SummaryTilesProps): React.JSX.Element {
  const total = report.totals
  const { profile } = report
  const project = report.input.kind === 'calque-project'
  const byStatus = { open: 0, resolved: 0, rejected: 0 }
  for (const item of items) if (item.status) byStatus[item.status]++
  return (
    <dl className="tiles">
      <div className="tile tile--score">
        <dt>{t('dashboard:tiles.score')}</dt>
        <dd>
          <span className="tile__big">{labels.number(total.score)}</span>
          <Verdict pass={total.pass} t={t} />
        </dd>
        <dd className="tile__small">
          {profile.label[labels.language]} · {t(`scoring:direction.${profile.direction}`)}
        </dd>
        {total.smallSample && profile.minimumWords !== undefined && (
          <dd className="tile__small tile__warn">
            {t('dashboard:tiles.smallSample', { minimum: labels.integer(profile.minimumWords) })}
          </dd>
        )}
      </div>
      <div className="tile">
        <dt>{t('dashboard:tiles.words')}</dt>
        <dd className="tile__big">{labels.integer(total.sourceWords)}</dd>
        <dd className="tile__small">
          {t(project ? 'dashboard:tiles.wordsDetail' : 'dashboard:tiles.wordsDetailSegments', {
            target: labels.integer(total.targetWords),
            segments: labels.integer(total.ratedSegments)
          })}
        </dd>
      </div>
      <div className="tile">
        <dt>{t('dashboard:tiles.errors')}</dt>
        <dd className="tile__big">{labels.integer(total.errors)}</dd>
        <dd className="tile__small">
          {t('dashboard:tiles.perThousand', {
            errors: labels.number(total.errorsPerThousandWords),
            penalty: labels.number(total.penaltyPerThousandWords)
          })}
        </dd>
      </div>
      <div className="tile">
        <dt>{t(project ? 'dashboard:tiles.rowsFlagged' : 'dashboard:tiles.segmentsFlagged')}</dt>
        <dd className="tile__big">{labels.percent(total.flaggedShare)}</dd>
        <dd className="tile__small">
          {t('dashboard:tiles.ofRows', {
            flagged: labels.integer(total.flaggedSegments),
            rows: labels.integer(total.ratedSegments)
          })}
        </dd>
      </div>
      <div className="tile">
        <dt>{t('dashboard:tiles.postEdit')}</dt>
        {total.postEdit.segments === 0 ? (
          <dd className="tile__small">{t('dashboard:tiles.noPostEdit')}</dd>
        ) : (
          <>
            <dd className="tile__big">{labels.percent(total.postEdit.editRate)}</dd>
            <dd className="tile__small">
              {editedRows === null
                ? t('dashboard:tiles.postEditDetail', { chrf: labels.number(total.postEdit.chrF) })
                : t('dashboard:tiles.postEditRows', {
                    chrf: labels.number(total.postEdit.chrF),
                    edited: labels.integer(editedRows),
                    rows: labels.integer(total.segments)
                  })}
            </dd>
          </>
        )}
      </div>
      <div className="tile">
        <dt>{t(project ? 'dashboard:tiles.flags' : 'dashboard:tiles.annotations')}</dt>
        <dd className="tile__big">{labels.integer(items.length)}</dd>
        <dd className="tile__small">
          {project
            ? t('dashboard:tiles.flagsDetail', {
                open: labels.integer(byStatus.open),
                resolved: labels.integer(byStatus.resolved),
                rejected: labels.integer(byStatus.rejected)
              })
            : t('dashboard:tiles.annotationsDetail', {
                systems: labels.integer(report.systems.length),
                raters: labels.integer(total.raters)
              })}
        </dd>
      </div>
    </dl>
  )
}
