import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleView } from '@shared/domain/project'
import type { LogNotice } from '@shared/review/notices'
import { NoticeBanner } from '../../components/NoticeBanner'
import { useDescribeError } from '../../components/useDescribeError'
import { ImportNotes } from '../import/ImportNotes'

interface ArticleNoticesProps {
  readonly article: ArticleView
}

/**
 * What the reviewer should know before starting: why nothing can be saved (read-only), what opening
 * the article repaired in its log (and where the original bytes were kept), what the readers noticed
 * in the files.
 */
export function ArticleNotices({ article }: ArticleNoticesProps): React.JSX.Element {
  const { t } = useTranslation('workspace')
  const describe = useDescribeError()
  const [dismissed, setDismissed] = useState(false)
  const log = article.notices.map((n) => noticeText(t as never, n)).join(' ')
  return (
    <>
      {article.readOnly && (
        <div className="banner banner--readonly" role="alert">
          <p className="banner__text">{t('readOnly', { reason: describe(article.readOnly) })}</p>
        </div>
      )}
      {!dismissed && log && <NoticeBanner message={log} onDismiss={() => setDismissed(true)} />}
      <ImportNotes project={article} />
    </>
  )
}

export function noticeText(
  t: (key: string, options?: Record<string, unknown>) => string,
  notice: LogNotice
): string {
  const saved =
    'savedTo' in notice && notice.savedTo ? ` ${t('notice.savedTo', { path: notice.savedTo })}` : ''
  switch (notice.kind) {
    case 'torn-last-line':
      return t('notice.torn-last-line', { line: notice.line }) + saved
    case 'unterminated-last-line':
      return t('notice.unterminated-last-line', { line: notice.line })
    case 'undecodable-line':
      return t('notice.undecodable-line', { line: notice.line }) + saved
    case 'invalid-line':
      return t('notice.invalid-line', { line: notice.line, reason: notice.reason }) + saved
    case 'skipped-event':
      return t('notice.skipped-event', { seq: notice.seq, reason: notice.reason })
    case 'log-missing':
      return t('notice.log-missing')
  }
}
