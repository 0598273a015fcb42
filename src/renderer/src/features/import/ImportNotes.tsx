import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleView as ProjectView } from '@shared/domain/project'
import { Icon } from '../../components/Icon'
import { importNotes, type ImportNote, type SkippedItem } from './import-notes'
import { useImportLabels } from './useImportLabels'
import '../../components/banner.css'
import './import.css'

interface ImportNotesProps {
  readonly project: ProjectView
}

/**
 * What the readers noticed about the files (a side in the wrong language, an unsure encoding,
 * untranslated units, skipped content), said once and calmly above the rows. Dismissed for as long
 * as the project stays open.
 */
export function ImportNotes({ project }: ImportNotesProps): React.JSX.Element | null {
  const { t } = useTranslation(['import', 'common'])
  const describe = useDescribeNote()
  const notes = useMemo(() => importNotes(project), [project])
  const [dismissed, setDismissed] = useState(false)
  const titleId = useId()
  if (dismissed || notes.length === 0) return null
  return (
    <section className="banner import-notes" aria-labelledby={titleId}>
      <Icon name="alert" className="banner__icon import-notes__icon" />
      <div className="banner__text">
        <h2 id={titleId} className="import-notes__title">
          {t('notes.title')}
        </h2>
        <ul className="import-notes__list">
          {notes.map((note, index) => (
            <li key={index} data-note={note.kind}>
              {describe(note)}
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="banner__close"
        onClick={() => setDismissed(true)}
        aria-label={t('common:dismiss')}
      >
        <Icon name="close" />
      </button>
    </section>
  )
}

/** One note as one sentence in the UI language, with Russian plurals and a localised list. */
function useDescribeNote(): (note: ImportNote) => string {
  const { t, i18n } = useTranslation('import')
  const labels = useImportLabels()
  const language = i18n.language

  const skipped = (item: SkippedItem): string => {
    if (item.kind === 'other') {
      if (item.count === undefined) return item.detail
      return t('notes.skippedOther', {
        detail: item.detail,
        amount: new Intl.NumberFormat(language).format(item.count)
      })
    }
    if (item.count === undefined) return t(`notes.skippedKind.${item.kind}`)
    return t(`notes.skippedCount.${item.kind}`, { count: item.count })
  }

  return (note) => {
    switch (note.kind) {
      case 'swapped':
        return t('notes.swapped', { source: note.source, target: note.target })
      case 'looks-russian':
        return t('notes.looksRussian', { file: note.file })
      case 'looks-english':
        return t('notes.looksEnglish', { file: note.file })
      case 'encoding-uncertain':
        return t(`notes.encodingUncertain.${note.language}`, {
          file: note.file,
          encoding: labels.encoding(note.encoding)
        })
      case 'empty-targets':
        return t(note.unit === 'row' ? 'notes.emptyRows' : 'notes.emptyUnits', {
          count: note.count,
          file: note.file
        })
      case 'encoding-damaged':
        return t('notes.encodingDamaged', {
          file: note.file,
          count: note.count,
          offset: new Intl.NumberFormat(language).format(note.offset)
        })
      case 'encoding-mixed':
        return t('notes.encodingMixed', {
          file: note.file,
          count: note.count,
          offset: new Intl.NumberFormat(language).format(note.offset),
          encoding: labels.encoding(note.encoding)
        })
      case 'encoding-overruled':
        return t('notes.encodingOverruled', {
          file: note.file,
          declared: note.declared,
          encoding: labels.encoding(note.encoding)
        })
      case 'languages-unexpected':
        return t('notes.languagesUnexpected', { file: note.file, languages: note.languages })
      case 'sides-reversed':
        return t('notes.sidesReversed', { file: note.file })
      case 'content-skipped':
        return t('notes.skipped', {
          file: note.file,
          items: new Intl.ListFormat(language, { type: 'conjunction' }).format(
            note.items.map(skipped)
          )
        })
    }
  }
}
