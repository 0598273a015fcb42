import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EncodingName, ImportFormat } from '@shared/import/types'
import type { ArticleView, SideView } from '@shared/domain/project'
import { useActions, useAppStore } from '../../store/use-store'
import { EncodingMenu } from './EncodingMenu'
import { isEncodingUnsure, type Side } from './import-notes'
import { useImportLabels } from './useImportLabels'
import './import.css'

interface ProjectFilesProps {
  readonly project: ArticleView
  /**
   * Why the encodings cannot be changed (the article already has review work, or is read-only):
   * the menu says so instead of offering choices that would be refused.
   */
  readonly locked: string | null
}

/**
 * The project's files as the header lists them: per side the file, its format, its encoding (a menu
 * to reopen it in another) and how many segments it gave. A bilingual file is listed once, as paired
 * in the file: there are no two encodings to compare and nothing was aligned.
 */
export function ProjectFiles({ project, locked }: ProjectFilesProps): React.JSX.Element {
  const { t } = useTranslation(['import', 'workspace'])
  const labels = useImportLabels()
  const store = useActions()
  const busy = useAppStore((s) => s.busy)
  const actions = { busy, reopenWithEncoding: store.reopenWithEncoding }
  // Which side this header asked to reopen: it shows "Reopening…" while the shell is busy with it.
  const [requested, setRequested] = useState<Side | null>(null)

  const encodingMenu = (side: Side, view: SideView): React.JSX.Element => (
    <EncodingMenu
      file={view.fileName}
      encoding={view.encoding}
      unsure={isEncodingUnsure(view)}
      busy={actions.busy}
      pending={actions.busy && requested === side}
      locked={locked}
      onChoose={
        hasTextEncoding(view.format)
          ? (encoding: EncodingName) => {
              setRequested(side)
              actions.reopenWithEncoding({ articleId: project.id, side, encoding })
            }
          : null
      }
    />
  )

  if (project.pairing === 'paired') {
    // One file holds both sides; its source side stands for the file.
    const file = project.source
    return (
      <dl
        className="workspace-header__files project-files"
        aria-label={t('workspace:header.files')}
      >
        <div className="project-file">
          <dt>{t('header.file')}</dt>
          <dd>
            <FileName view={file} />
            <span className="project-file__tag" title={t('header.pairedTitle')}>
              {t('header.paired', { format: labels.format(file.format) })}
            </span>
            {encodingMenu('source', file)}
            <span className="project-file__count">
              {t('header.pairedCounts', {
                source: t('header.sourceSegments', { count: project.source.segments.length }),
                target: t('header.targetSegments', { count: project.target.segments.length })
              })}
            </span>
          </dd>
        </div>
      </dl>
    )
  }

  return (
    <dl className="workspace-header__files project-files" aria-label={t('workspace:header.files')}>
      {(['source', 'target'] as const).map((side) => {
        const view = project[side]
        return (
          <div key={side} className="project-file">
            <dt>
              {t(side === 'source' ? 'workspace:header.sourceSide' : 'workspace:header.targetSide')}
            </dt>
            <dd>
              <FileName view={view} />
              <FormatTag format={view.format} />
              {encodingMenu(side, view)}
              <span className="project-file__count">
                {t('workspace:count.segments', { count: view.segments.length })}
              </span>
            </dd>
          </div>
        )
      })}
    </dl>
  )
}

/** DOCX is a ZIP of XML that fixes its own encoding: there is nothing to reopen it as. */
function hasTextEncoding(format: ImportFormat): boolean {
  return format !== 'docx'
}

function FileName({ view }: { readonly view: SideView }): React.JSX.Element {
  return (
    <span className="project-file__name" title={view.originalPath}>
      {view.fileName}
    </span>
  )
}

function FormatTag({ format }: { readonly format: ImportFormat }): React.JSX.Element {
  const { t } = useTranslation('import')
  const labels = useImportLabels()
  const label = labels.format(format)
  return (
    <span className="project-file__tag" title={t('header.formatTitle', { format: label })}>
      {label}
    </span>
  )
}
