import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

export interface ToastMessage {
  readonly text: string
  /** Distinguishes two equal messages in a row (each shows for its full time). */
  readonly id: number
  /** Offer Undo beside the message. */
  readonly undo?: boolean
  /** What Undo does, when it is not the review history's undo (e.g. a project setting changed). */
  readonly onUndo?: () => void
}

interface ToastProps {
  readonly message: ToastMessage
  readonly onUndo?: (() => void) | undefined
  readonly onDone: () => void
}

/** A short message at the bottom (announced politely), optionally with Undo; gone after a few seconds. */
export function Toast({ message, onUndo, onDone }: ToastProps): React.JSX.Element {
  const { t } = useTranslation('workspace')
  useEffect(() => {
    const timer = setTimeout(onDone, 6000)
    return () => clearTimeout(timer)
  }, [message.id, onDone])
  return (
    <div className="toast" role="status" aria-live="polite">
      <span>{message.text}</span>
      {onUndo && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            onUndo()
            onDone()
          }}
        >
          {t('toast.undo')}
        </button>
      )}
    </div>
  )
}
