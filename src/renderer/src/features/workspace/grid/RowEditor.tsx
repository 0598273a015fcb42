import { useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

interface RowEditorProps {
  readonly rowNumber: number
  /** What the field starts with: the post-edit, or the MT when there is none. */
  readonly initial: string
  readonly mt: string
  readonly onSave: (text: string, then: 'stay' | 'confirm-next') => void
  readonly onCancel: () => void
}

/**
 * The post-edit field of a row. Its text lives here while typing (a keystroke repaints this field
 * only); Enter saves, Ctrl/Cmd+Enter saves, confirms and moves on, Esc cancels (keys of the `editor`
 * scope, routed by the workspace). Ctrl+Z inside the field is the field's own undo.
 */
export function RowEditor({
  rowNumber,
  initial,
  mt,
  onSave,
  onCancel
}: RowEditorProps): React.JSX.Element {
  const { t } = useTranslation(['workspace', 'keys'])
  const [text, setText] = useState(initial)
  const field = useRef<HTMLTextAreaElement>(null)

  useLayoutEffect(() => {
    const el = field.current
    if (!el) return
    el.focus()
    el.setSelectionRange(el.value.length, el.value.length)
  }, [])

  return (
    <div className="row-editor" data-key-scope="editor" onClick={(e) => e.stopPropagation()}>
      <textarea
        ref={field}
        className="row-editor__field"
        value={text}
        rows={1}
        lang="en"
        spellCheck
        aria-label={t('edit.label', { number: rowNumber })}
        data-row-editor=""
        // Enter, Ctrl+Enter and Esc are the key map's (editor scope, on the window): it saves, confirms
        // or cancels and stops the key, so Enter never adds a newline to a sentence.
        onChange={(e) => setText(e.target.value)}
      />
      <div className="row-editor__actions">
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('edit.cancel')} <kbd>{t('keys:name.Escape')}</kbd>
        </button>
        {text !== mt && (
          <button type="button" className="button button--small" onClick={() => setText(mt)}>
            {t('edit.restoreMt')}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => onSave(text, 'stay')}
        >
          {t('edit.save')} <kbd>{t('keys:name.Enter')}</kbd>
        </button>
      </div>
    </div>
  )
}

/** The text currently in the open editor (the key map saves it). */
export function editorText(doc: Document = document): string | null {
  const field = doc.querySelector<HTMLTextAreaElement>('[data-row-editor]')
  return field ? field.value : null
}
