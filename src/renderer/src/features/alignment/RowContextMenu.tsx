import { useLayoutEffect, useRef, useState } from 'react'
import './row-menu.css'

export interface MenuEntry<Id extends string = string> {
  readonly id: Id
  readonly label: string
  /** Shown at the right edge and exposed as `aria-keyshortcuts`. */
  readonly shortcut?: { readonly label: string; readonly aria: string }
  readonly enabled: boolean
}

interface RowContextMenuProps<Id extends string> {
  /** Accessible name of the menu. */
  readonly label: string
  /** Groups of entries, drawn with a separator between groups. */
  readonly groups: readonly (readonly MenuEntry<Id>[])[]
  /** Viewport point the menu opens at (the mouse, or the row for the Menu key). */
  readonly at: { readonly x: number; readonly y: number }
  readonly onChoose: (id: Id) => void
  readonly onClose: () => void
}

/**
 * A context menu (WAI-ARIA menu pattern): focus moves into it, ↑/↓ (wrapping), Home and End move
 * between items, Enter or Space chooses, Escape or Tab closes and gives the focus back. Disabled
 * items can be reached, so a screen reader hears what exists, but not chosen.
 */
export function RowContextMenu<Id extends string>({
  label,
  groups,
  at,
  onChoose,
  onClose
}: RowContextMenuProps<Id>): React.JSX.Element {
  const entries = groups.flat()
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      entries.findIndex((e) => e.enabled)
    )
  )
  const [position, setPosition] = useState(at)
  const menu = useRef<HTMLUListElement>(null)

  // Keep the whole menu on screen: open up or to the left when the point is near an edge.
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect()
    if (!box) return
    const x = Math.max(4, Math.min(at.x, window.innerWidth - box.width - 4))
    const y = at.y + box.height > window.innerHeight - 4 ? Math.max(4, at.y - box.height) : at.y
    setPosition({ x, y })
  }, [at])

  useLayoutEffect(() => {
    menu.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus()
  }, [active])

  const choose = (index: number): void => {
    const entry = entries[index]
    if (entry?.enabled) onChoose(entry.id)
  }

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const last = entries.length - 1
    const moves: Record<string, () => void> = {
      ArrowDown: () => setActive((i) => (i >= last ? 0 : i + 1)),
      ArrowUp: () => setActive((i) => (i <= 0 ? last : i - 1)),
      Home: () => setActive(0),
      End: () => setActive(last),
      Enter: () => choose(active),
      ' ': () => choose(active),
      Escape: onClose,
      Tab: onClose
    }
    const move = moves[event.key]
    // Every other key stays here too: the rows behind the menu must not react to it.
    event.stopPropagation()
    if (!move) return
    event.preventDefault()
    move()
  }

  let index = 0
  return (
    <div
      className="row-menu-layer"
      onMouseDown={(event) => event.target === event.currentTarget && onClose()}
      onContextMenu={(event) => {
        event.preventDefault()
        if (event.target === event.currentTarget) onClose()
      }}
    >
      <ul
        ref={menu}
        className="row-menu"
        role="menu"
        aria-label={label}
        style={{ left: position.x, top: position.y }}
        onKeyDown={onKeyDown}
      >
        {groups.map((group, g) => [
          g > 0 && <li key={`separator-${g}`} role="separator" className="row-menu__separator" />,
          ...group.map((entry) => {
            const i = index++
            return (
              <li
                key={entry.id}
                data-index={i}
                role="menuitem"
                tabIndex={-1}
                aria-disabled={!entry.enabled}
                aria-keyshortcuts={entry.shortcut?.aria}
                className="row-menu__item"
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(i)}
              >
                <span>{entry.label}</span>
                {entry.shortcut && (
                  <kbd className="row-menu__shortcut" aria-hidden="true">
                    {entry.shortcut.label}
                  </kbd>
                )}
              </li>
            )
          })
        ])}
      </ul>
    </div>
  )
}
