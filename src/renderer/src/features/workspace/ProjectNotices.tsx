import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LogNotice } from '@shared/review/replay'
import { NoticeBanner } from '../../components/NoticeBanner'

interface ProjectNoticesProps {
  /** What opening the project found in its files (e.g. a torn last log line, dropped). */
  readonly notices: readonly LogNotice[]
}

/** Tells the reviewer, once and calmly, about anything repaired while the project was opened. */
export function ProjectNotices({ notices }: ProjectNoticesProps): React.JSX.Element | null {
  const { t } = useTranslation('workspace')
  const [dismissed, setDismissed] = useState(false)
  if (dismissed || notices.length === 0) return null
  const message = notices
    .map((notice) => {
      switch (notice.kind) {
        case 'torn-last-line':
          return t('notice.torn-last-line', { line: notice.line })
        case 'invalid-line':
          return t('notice.invalid-line', { line: notice.line, reason: notice.reason })
        case 'skipped-event':
          return t('notice.skipped-event', { seq: notice.seq, reason: notice.reason })
      }
    })
    .join(' ')
  return <NoticeBanner message={message} onDismiss={() => setDismissed(true)} />
}
