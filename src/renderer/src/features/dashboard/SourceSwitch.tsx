import { useTranslation } from 'react-i18next'
import type { MqmEvaluation } from '@shared/ipc/contract'
import type { DashboardSource } from './dashboard-ui'

interface SourceSwitchProps {
  readonly source: DashboardSource
  readonly evaluation: MqmEvaluation | null
  readonly onSource: (source: DashboardSource) => void
  /** File › Load MQM Evaluation…, from here too. */
  readonly onLoad: () => void
}

/** This project, or the external MQM evaluation loaded beside it. */
export function SourceSwitch({
  source,
  evaluation,
  onSource,
  onLoad
}: SourceSwitchProps): React.JSX.Element {
  const { t } = useTranslation('dashboard')
  return (
    <div className="source-switch">
      <div className="segmented" role="radiogroup" aria-label={t('source.label')}>
        <button
          type="button"
          role="radio"
          aria-checked={source === 'project'}
          className="segmented__option"
          onClick={() => onSource('project')}
        >
          {t('source.project')}
        </button>
        {evaluation && (
          <button
            type="button"
            role="radio"
            aria-checked={source === 'evaluation'}
            className="segmented__option"
            title={evaluation.fileName}
            onClick={() => onSource('evaluation')}
          >
            {t('source.evaluation', { file: evaluation.fileName })}
          </button>
        )}
      </div>
      <button type="button" className="button button--small" onClick={onLoad}>
        {t('source.load')}
      </button>
      {evaluation && evaluation.issues.length > 0 && source === 'evaluation' && (
        <span className="source-switch__issues">
          {t('source.issues', { count: evaluation.issues.length })}
        </span>
      )}
    </div>
  )
}
