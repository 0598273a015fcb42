import { useTranslation } from 'react-i18next'
import {
  SEGMENT_STATUSES,
  SEVERITIES,
  type SegmentStatus,
  type Severity
} from '@shared/domain/review'
import type { Typology } from '@shared/typology/profile'
import { useFlagLabels } from '../flags/useFlagLabels'
import { NO_FILTERS, isFiltering, type RowFilters } from './filters'

interface FilterBarProps {
  readonly filters: RowFilters
  readonly typology: Typology
  readonly shown: number
  readonly total: number
  readonly onChange: (filters: RowFilters) => void
}

/** Which rows to show: status, flags (category, severity), post-edits, alignment doubts. */
export function FilterBar({
  filters,
  typology,
  shown,
  total,
  onChange
}: FilterBarProps): React.JSX.Element {
  const { t } = useTranslation(['find', 'workspace'])
  const labels = useFlagLabels(typology)
  const toggle = <T,>(list: readonly T[], value: T): T[] =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
  return (
    <section className="filter-bar" aria-label={t('filters.label')}>
      <fieldset>
        <legend>{t('filters.status')}</legend>
        {SEGMENT_STATUSES.map((status: SegmentStatus) => (
          <label key={status} className="toggle">
            <input
              type="checkbox"
              checked={filters.statuses.includes(status)}
              onChange={() => onChange({ ...filters, statuses: toggle(filters.statuses, status) })}
            />
            {t(`workspace:status.${status}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.flags')}</legend>
        <select
          aria-label={t('filters.flags')}
          value={filters.flagged}
          onChange={(e) =>
            onChange({ ...filters, flagged: e.target.value as RowFilters['flagged'] })
          }
        >
          <option value="any">{t('filters.any')}</option>
          <option value="flagged">{t('filters.flagged')}</option>
          <option value="unflagged">{t('filters.unflagged')}</option>
        </select>
        <select
          aria-label={t('filters.category')}
          value={filters.categories[0] ?? ''}
          onChange={(e) =>
            onChange({ ...filters, categories: e.target.value ? [e.target.value] : [] })
          }
        >
          <option value="">{t('filters.anyCategory')}</option>
          {typology.categories.map((top) => (
            <optgroup key={top.id} label={labels.categoryShort(top.id)}>
              <option value={top.id}>
                {t('filters.allOf', { category: labels.categoryShort(top.id) })}
              </option>
              {top.children.map((c) => (
                <option key={c.id} value={c.id}>
                  {labels.categoryShort(c.id)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {SEVERITIES.map((severity: Severity) => (
          <label key={severity} className="toggle">
            <input
              type="checkbox"
              checked={filters.severities.includes(severity)}
              onChange={() =>
                onChange({ ...filters, severities: toggle(filters.severities, severity) })
              }
            />
            {labels.severity(severity)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.other')}</legend>
        <select
          aria-label={t('filters.edits')}
          value={filters.edited}
          onChange={(e) => onChange({ ...filters, edited: e.target.value as RowFilters['edited'] })}
        >
          <option value="any">{t('filters.anyEdit')}</option>
          <option value="edited">{t('filters.edited')}</option>
          <option value="unedited">{t('filters.unedited')}</option>
        </select>
        <label className="toggle">
          <input
            type="checkbox"
            checked={filters.lowConfidence}
            onChange={(e) => onChange({ ...filters, lowConfidence: e.target.checked })}
          />
          {t('filters.lowConfidence')}
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={filters.unmatched}
            onChange={(e) => onChange({ ...filters, unmatched: e.target.checked })}
          />
          {t('filters.unmatched')}
        </label>
      </fieldset>
      <p className="filter-bar__count" role="status">
        {t('filters.showing', { shown, total })}
      </p>
      <button
        type="button"
        className="button button--small"
        disabled={!isFiltering(filters)}
        onClick={() => onChange(NO_FILTERS)}
      >
        {t('filters.clear')}
      </button>
    </section>
  )
}
