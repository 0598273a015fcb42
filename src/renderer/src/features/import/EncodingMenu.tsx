import { useId, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ENCODINGS, type EncodingInfo, type EncodingName } from '@shared/import/types'
import { Icon } from '../../components/Icon'
import { menuFocusAfter } from './menu-keys'
import { useImportLabels } from './useImportLabels'

interface EncodingMenuProps {
  /** The file whose encoding this is, as the user knows it. */
  readonly file: string
  readonly encoding: EncodingInfo
  /** The detector was guessing: the encoding is marked so the reviewer checks the text. */
  readonly unsure: boolean
  /** Reopens the file in another encoding; `null` shows the encoding read-only. */
  readonly onChoose: ((encoding: EncodingName) => void) | null
  /** Another request is in flight: the menu does not open. */
  readonly busy: boolean
  /** This file is being reopened right now. */
  readonly pending: boolean
  /** Why the encoding cannot be changed now (shown in the menu instead of the choices). */
  readonly locked?: string | null
}

/**
 * The encoding of one file, as a menu button (WAI-ARIA menu button pattern): the button says which
 * encoding and how it was decided; the menu lists every encoding Calque reads, the current one
 * checked, and choosing another reopens the file in it.
 */
export function EncodingMenu(props: EncodingMenuProps): React.JSX.Element {
  const { encoding, unsure, onChoose } = props
  const { t } = useTranslation('import')
  const labels = useImportLabels()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const button = useRef<HTMLButtonElement>(null)
  const items = useRef<(HTMLLIElement | null)[]>([])
  const id = useId()
  const name = labels.encoding(encoding.name)
  const source = unsure ? t('encoding.lowConfidence') : labels.encodingSource(encoding)

  // Focus follows the active item while the menu is open (roving focus, not aria-activedescendant:
  // screen readers announce real focus most reliably).
  useLayoutEffect(() => {
    if (open) items.current[active]?.focus()
  }, [open, active])

  if (!onChoose) {
    return (
      <span
        className={unsure ? 'encoding-tag encoding-tag--unsure' : 'encoding-tag'}
        title={labels.encodingDetail(encoding)}
      >
        {unsure && <Icon name="alert" />}
        <span className="encoding-tag__name">{name}</span>
        <span className="encoding-tag__source">{source}</span>
      </span>
    )
  }

  const current = Math.max(0, ENCODINGS.indexOf(encoding.name))
  const itemLabels = ENCODINGS.map((e) => labels.encoding(e))
  const disabled = props.busy

  const openAt = (index: number): void => {
    if (disabled) return
    setActive(index)
    setOpen(true)
  }
  const close = (returnFocus: boolean): void => {
    setOpen(false)
    if (returnFocus) button.current?.focus()
  }
  const choose = (index: number): void => {
    close(true)
    if (props.locked) return
    const chosen = ENCODINGS[index]
    if (chosen && chosen !== encoding.name) onChoose(chosen)
  }

  const onButtonKeyDown = (event: React.KeyboardEvent): void => {
    // The workspace moves rows with the arrows; on this button they open the menu instead.
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      event.stopPropagation()
      openAt(event.key === 'ArrowDown' ? 0 : ENCODINGS.length - 1)
    }
  }

  const onMenuKeyDown = (event: React.KeyboardEvent): void => {
    // While the menu has the focus it owns the keyboard: no key reaches the workspace's row commands
    // (j/k, Enter, Ctrl+Z…), which listen on the window. Browser and app shortcuts still work.
    event.stopPropagation()
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (event.key === 'Tab') {
      setOpen(false) // focus moves on as usual
      return
    }
    if (event.key === 'Escape') close(true)
    else if (event.key === 'Enter' || event.key === ' ') choose(active)
    else {
      const next = menuFocusAfter(event.key, active, itemLabels)
      if (next === null) return
      setActive(next)
    }
    event.preventDefault()
  }

  // Clicking or tabbing anywhere outside closes the menu without taking the focus back.
  const onBlur = (event: React.FocusEvent): void => {
    if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false)
  }

  const label = props.pending
    ? t('encoding.reopening')
    : t(unsure ? 'encoding.buttonLow' : 'encoding.button', {
        file: props.file,
        encoding: name,
        source
      })

  return (
    <span className="encoding-menu" onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className={unsure ? 'encoding-button encoding-button--unsure' : 'encoding-button'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-disabled={disabled || undefined}
        aria-label={label}
        title={t('encoding.buttonTitle', { detail: labels.encodingDetail(encoding) })}
        onClick={() => (open ? close(true) : openAt(current))}
        onKeyDown={onButtonKeyDown}
      >
        {unsure && <Icon name="alert" />}
        <span className="encoding-button__name">{props.pending ? label : name}</span>
        {!props.pending && <span className="encoding-button__source">{source}</span>}
        <span className="encoding-button__caret" aria-hidden="true" />
      </button>
      {open && (
        <div className="encoding-menu__popover">
          <p id={`${id}-title`} className="encoding-menu__title">
            {t('encoding.menu', { file: props.file })}
          </p>
          {props.locked && (
            <p className="encoding-menu__locked" role="note">
              {props.locked}
            </p>
          )}
          <ul
            id={`${id}-menu`}
            role="menu"
            aria-labelledby={`${id}-title`}
            className="encoding-menu__list"
            onKeyDown={onMenuKeyDown}
          >
            {ENCODINGS.map((option, index) => (
              <li
                key={option}
                ref={(element) => {
                  items.current[index] = element
                }}
                role="menuitemradio"
                aria-checked={option === encoding.name}
                aria-disabled={props.locked ? true : undefined}
                aria-labelledby={`${id}-${option}`}
                aria-describedby={`${id}-${option}-hint`}
                tabIndex={-1}
                className="encoding-menu__item"
                onClick={() => choose(index)}
              >
                <Icon name="check" className="encoding-menu__check" />
                <span id={`${id}-${option}`} className="encoding-menu__name">
                  {itemLabels[index]}
                </span>
                <span id={`${id}-${option}-hint`} className="encoding-menu__hint">
                  {labels.encodingHint(option)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </span>
  )
}
