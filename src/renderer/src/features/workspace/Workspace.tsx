import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useActions, useAppStore } from '../../store/use-store'
import { WorkspaceView } from './WorkspaceView'

interface WorkspaceProps {
  readonly articleId: string
}

/** The review workspace of one article: loads it into the store, then shows it. */
export function Workspace({ articleId }: WorkspaceProps): React.JSX.Element {
  const { t } = useTranslation('workspace')
  const slot = useAppStore((s) => s.articles.get(articleId))
  const actions = useActions()

  useEffect(() => {
    void actions.loadArticle(articleId)
  }, [actions, articleId])

  if (!slot || slot.status === 'loading') {
    return (
      <p className="workspace__loading" role="status">
        {t('loadingArticle')}
      </p>
    )
  }
  if (slot.status === 'error') {
    return (
      <div className="workspace__failed">
        <ErrorBanner error={slot.error} />
      </div>
    )
  }
  return <WorkspaceView key={articleId} articleId={articleId} article={slot.article} />
}
