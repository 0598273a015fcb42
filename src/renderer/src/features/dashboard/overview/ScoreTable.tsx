import type { DashboardT } from '../dashboard-i18n'
import type { UnitScore } from '@shared/scoring/score'
import type { DashboardLabels } from '../use-dashboard-labels'
import { Verdict } from './Verdict'

interface ScoreTableProps {
  readonly caption: string
  /** What the first column names: article, system or document. */
  readonly unitHeader: string
  readonly units: readonly UnitScore[]
  /** A "total" line first (the project or the evaluation as a whole). */
  readonly total: UnitScore | null
  readonly labels: DashboardLabels
  readonly t: DashboardT
  /** Show the system beside each unit (documents of an evaluation). */
  readonly withSystem?: boolean
}

/** The numbers per unit; props only, so the report renders the same table. */
export function ScoreTable({
  caption,
  unitHeader,
  units,
  total,
  labels,
  t,
  withSystem = false
}: ScoreTableProps): React.JSX.Element {
  const rows = total ? [total, ...units] : units
  return (
    <table className="score-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {withSystem && <th scope="col">{t('scoring:column.system')}</th>}
          <th scope="col">{unitHeader}</th>
          <th scope="col" className="num">
            {t('scoring:column.sourceWords')}
          </th>
          <th scope="col" className="num">
            {t('scoring:column.targetWords')}
          </th>
          <th scope="col" className="num">
            {t('scoring:column.errors')}
          </th>
          <th scope="col" className="num">
            {t('scoring:column.errorsPerThousandWords')}
          </th>
          <th scope="col" className="num">
            {t('scoring:column.penaltyPerThousandWords')}
          </th>
          <th scope="col" className="num">
            {t('scoring:column.score')}
          </th>
          <th scope="col">{t('scoring:column.pass')}</th>
          <th scope="col" className="num">
            {t('scoring:column.flaggedShare')}
          </th>
          <th scope="col" className="num">
            {t('scoring:column.editRate')}
          </th>
          <th scope="col" className="num">
            {t('scoring:column.chrF')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((unit) => (
          <tr key={unit.key} className={unit === total ? 'score-table__total' : undefined}>
            {withSystem && <td>{unit === total ? '' : unit.system}</td>}
            <th scope="row">{unit === total ? t('dashboard:tables.total') : unit.label}</th>
            <td className="num">{labels.integer(unit.sourceWords)}</td>
            <td className="num">{labels.integer(unit.targetWords)}</td>
            <td className="num">{labels.integer(unit.errors)}</td>
            <td className="num">{labels.number(unit.errorsPerThousandWords)}</td>
            <td className="num">{labels.number(unit.penaltyPerThousandWords)}</td>
            <td className="num">{labels.number(unit.score)}</td>
            <td>
              {unit.pass === null ? labels.number(null) : <Verdict pass={unit.pass} t={t} />}
              {unit.smallSample && (
                <span className="score-table__small"> {t('scoring:verdict.smallSample')}</span>
              )}
            </td>
            <td className="num">{labels.percent(unit.flaggedShare)}</td>
            <td className="num">{labels.percent(unit.postEdit.editRate)}</td>
            <td className="num">{labels.number(unit.postEdit.chrF)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
