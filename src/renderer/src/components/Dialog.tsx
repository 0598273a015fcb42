import { useLayoutEffect, useRef, type ReactNode } from 'react'
import './dialog.css'

interface DialogProps {
  /** Accessible name (the visible title). */
  readonly title: string
  readonly onClose: () => void
  readonly children: ReactNode
  readonly className?: string
  /** Where the dialog sits: centred, or near a point (e.g. below the row being flagged). */
  readonly placement?: { readonly top: number } | 'center'
  /** Keys the dialog handles itself, before Escape closes it. Return true when handled. */
  readonly onKeyDown?: (event: React.KeyboardEvent) => boolean
}

/**
 * A modal dialog: focus moves in (the first field, else the first button), Tab stays inside, Escape
 * closes, a click on the backdrop closes, and focus returns where it was. The page behind is `inert` (the workspace sets that).
 */
export function Dialog({
  title,
  onClose,
  children,
  className,
  placement = 'center',
  onKeyDown
}: DialogProps): React.JSX.Element {
  const box = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    // Focus goes back where it was (the grid, a flag) when the dialog closes, not to the page body.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const first = box.current?.querySelector<HTMLElement>(
      '[data-autofocus], input, textarea, select, [role="listbox"], button'
    )
    first?.focus()
    const dialog = box.current
    return () => {
      // Unless the dialog's own action already put focus somewhere on purpose.
      const now = document.activeElement
      const lost = now === null || now === document.body || (dialog?.contains(now) ?? false)
      if (lost && before?.isConnected) before.focus()
    }
  }, [])
  const keyDown = (event: React.KeyboardEvent): void => {
    if (onKeyDown?.(event)) {
      event.preventDefault()
      event.stopPropagation()
      return
    }
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose()
    } else if (event.key === 'Tab') trapTab(event, box.current)
    // Keys typed in a dialog are the dialog's: never the grid's behind it.
    event.stopPropagation()
  }
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        className={`dialog${className ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        style={
          placement === 'center'
            ? undefined
            : {
                position: 'absolute',
                top: placement.top,
                maxHeight: `calc(100vh - ${placement.top + 8}px)`
              }
        }
        onKeyDown={keyDown}
      >
        {children}
      </div>
    </div>
  )
}

function trapTab(event: React.KeyboardEvent, box: HTMLElement | null): void {
  if (!box) return
  const focusable = [
    ...box.querySelectorAll<HTMLElement>('button, input, textarea, select, [tabindex="0"]')
  ].filter((el) => !el.hasAttribute('disabled'))
  if (focusable.length === 0) return
  const first = focusable[0]!
  const last = focusable[focusable.length - 1]!
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first.focus()
  }
}
