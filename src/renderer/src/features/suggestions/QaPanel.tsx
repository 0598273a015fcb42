import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CalqueError } from '@shared/domain/errors'
import type { ArticleChecks } from '@shared/ipc/contract'
import type { Finding } from '@shared/qa'
import { CHECK_IDS } from '@shared/qa/types'
import { useDescribeError } from '../../components/useDescribeError'
import { keyLabel } from '../keys/key-labels'
import { isMacPlatform } from '../keys/platform'
import { useKeymap } from '../keys/use-keymap'
import { moveActive, panelLines, type PanelLine } from './panel-lines'
import type { SuggestionIndex } from './suggestion-index'
import { findingMessage } from './finding-text'
import './suggestions.css'

interface QaPanelProps {
  readonly index: SuggestionIndex
  readonly checks: ArticleChecks | null
  readonly loading: boolean
  readonly error: CalqueError | null
  readonly numbers: ReadonlyMap<string, number>
  readonly checksOff: ReadonlySet<string>
  readonly readOnly: boolean
  /** Bumped to put the focus in the list (the panel was opened from the keyboard). */
  readonly focusToken: number
  readonly onGo: (finding: Finding) => void
  readonly onBack: () => void
  readonly onClose: () => void
  readonly onSetCheck: (checkId: string, on: boolean) => void
}

/** Fixed line heights: nothing is measured, so thousands of suggestions scroll smoothly. */
const HEADING_HEIGHT = 30
const ITEM_HEIGHT = 48

export function optionId(findingId: string): string {
  return `qa-item-${findingId}`
}

/**
 * The QA panel beside the rows: every suggestion of the article, grouped by check with counts (↑/↓,
 * Home/End move, Enter goes to the suggestion in its row, Esc back to the rows), and every check with
 * its switch for the project.
 */
export function QaPanel(props: QaPanelProps): React.JSX.Element {
  const { index, checks, numbers, onGo, onBack } = props
  const { t } = useTranslation('qa')
  const { t: keysT } = useTranslation('keys')
  const describe = useDescribeError()
  const mac = isMacPlatform()
  const lines = useMemo(() => panelLines(index.all), [index.all])
  const total = index.all.length
  const [active, setActive] = useState<string | null>(null)
  const lastPlace = useRef(0)
  const activeKey = moveActive(lines, active, 0, lastPlace.current)
  const list = useRef<HTMLDivElement | null>(null)

  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => list.current,
    estimateSize: (i) => (lines[i]!.kind === 'heading' ? HEADING_HEIGHT : ITEM_HEIGHT),
    overscan: 8,
    getItemKey: (i) => lines[i]!.key,
    useFlushSync: false
  })

  useLayoutEffect(() => {
    const at = lines.findIndex((l) => l.key === activeKey)
    if (at >= 0) {
      const line = lines[at]!
      if (line.kind === 'item') lastPlace.current = line.position - 1
      virtualizer.scrollToIndex(at, { align: 'auto' })
    }
  }, [activeKey, lines, virtualizer])

  useEffect(() => {
    if (props.focusToken > 0) list.current?.focus({ preventScroll: true })
  }, [props.focusToken])

  const activeFinding = (): Finding | null => {
    const line = lines.find((l) => l.key === activeKey)
    return line?.kind === 'item' ? line.finding : null
  }
  const move = (to: number | 'first' | 'last') => (): void =>
    setActive(moveActive(lines, activeKey, to, lastPlace.current))
  useKeymap(true, {
    'qa-next': move(1),
    'qa-previous': move(-1),
    'qa-first': move('first'),
    'qa-last': move('last'),
    'qa-go': () => {
      const finding = activeFinding()
      if (!finding) return false
      onGo(finding)
    },
    'qa-close': () => onBack()
  })

  const keyT = (binding: string): string => keyLabel(binding, keysT, mac)
  const status = props.loading
    ? t('panel.loading')
    : props.error
      ? t('panel.failed', { error: describe(props.error) })
      : t('panel.total', { count: total })

  return (
    <aside className="qa-panel" aria-labelledby="qa-panel-title">
      <header className="qa-panel__head">
        <h2 id="qa-panel-title">{t('panel.title')}</h2>
        <span className="qa-panel__total" role="status">
          {status}
        </span>
        <button
          type="button"
          className="icon-button"
          onClick={props.onClose}
          aria-label={t('panel.close')}
          title={t('panel.close')}
        >
          ×
        </button>
      </header>
      <p className="qa-panel__hint">
        {t('panel.hint', {
          move: `${keyT('ArrowUp')}/${keyT('ArrowDown')}`,
          go: keyT('Enter'),
          back: keyT('Escape')
        })}
      </p>
      {total === 0 ? (
        <div
          ref={list}
          className="qa-panel__list qa-panel__list--empty"
          tabIndex={0}
          data-key-scope="qa"
        >
          {!props.loading && <p>{t('panel.none')}</p>}
        </div>
      ) : (
        <div
          ref={list}
          className="qa-panel__list"
          role="listbox"
          aria-label={t('panel.listLabel')}
          aria-activedescendant={activeKey ? optionId(activeKey) : undefined}
          tabIndex={0}
          data-key-scope="qa"
        >
          <div className="qa-panel__lines" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((virtual) => {
              const line = lines[virtual.index]!
              return (
                <PanelLineView
                  key={line.key}
                  line={line}
                  top={virtual.start}
                  total={total}
                  active={line.key === activeKey}
                  number={line.kind === 'item' ? (numbers.get(line.finding.rowId) ?? 0) : 0}
                  onPick={(finding) => {
                    setActive(finding.id)
                    onGo(finding)
                  }}
                />
              )
            })}
          </div>
        </div>
      )}
      <CheckSwitches
        index={index}
        checks={checks}
        checksOff={props.checksOff}
        readOnly={props.readOnly}
        onSetCheck={props.onSetCheck}
      />
    </aside>
  )
}

interface PanelLineProps {
  readonly line: PanelLine
  readonly top: number
  readonly total: number
  readonly active: boolean
  readonly number: number
  readonly onPick: (finding: Finding) => void
}

const PanelLineView = memo(function PanelLineView({
  line,
  top,
  total,
  active,
  number,
  onPick
}: PanelLineProps): React.JSX.Element {
  const { t } = useTranslation(['qa', 'typology'])
  const style = { transform: `translateY(${top}px)` }
  if (line.kind === 'heading') {
    // Visual only: each option names its check for assistive technology (a listbox holds options).
    return (
      <div className="qa-heading" style={style} aria-hidden="true">
        <span>{t(`check.${line.check}.name` as never)}</span>
        <span className="qa-heading__count">{line.count}</span>
      </div>
    )
  }
  const { finding } = line
  const checkName = t(`check.${finding.check}.name` as never)
  const text = findingMessage(t, finding)
  return (
    <div
      id={optionId(finding.id)}
      role="option"
      aria-selected={active}
      aria-posinset={line.position}
      aria-setsize={total}
      aria-label={`${checkName}. ${t('panel.row', { number })}: “${finding.text}”. ${text}`}
      className={`qa-item qa-item--${finding.severity}${active ? ' qa-item--active' : ''}`}
      style={style}
      title={text}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onPick(finding)}
    >
      <span className="qa-item__first">
        <span className="severity-dot" aria-hidden="true" />
        <span className="qa-item__row">{t('panel.row', { number })}</span>
        {finding.side === 'source' && <span className="qa-item__side">{t('panel.onSource')}</span>}
        <q className="qa-item__text" lang={finding.side === 'source' ? 'ru' : 'en'}>
          {finding.text}
        </q>
      </span>
      <span className="qa-item__message">{text}</span>
    </div>
  )
})

interface CheckSwitchesProps {
  readonly index: SuggestionIndex
  readonly checks: ArticleChecks | null
  readonly checksOff: ReadonlySet<string>
  readonly readOnly: boolean
  readonly onSetCheck: (checkId: string, on: boolean) => void
}

/** Every check with its switch for the project, its description and what it found here. */
function CheckSwitches(props: CheckSwitchesProps): React.JSX.Element {
  const { index, checks, checksOff } = props
  const { t } = useTranslation('qa')
  const describe = useDescribeError()
  const note = (id: string): string | null => {
    if (id === 'glossary') {
      const glossary = checks?.glossary
      if (glossary?.status === 'failed')
        return t('panel.glossaryFailed', { error: describe(glossary.error) })
      if (glossary?.status === 'loaded')
        return t('panel.glossaryLoaded', { count: glossary.entries })
      return t('panel.needsGlossary')
    }
    if (id === 'spelling' && checks?.spellingError)
      return t('panel.spellingFailed', { error: describe(checks.spellingError) })
    return null
  }
  return (
    <section className="qa-panel__checks" aria-labelledby="qa-checks-title">
      <div className="qa-panel__checks-head">
        <h3 id="qa-checks-title">{t('panel.checksTitle')}</h3>
        <p className="qa-panel__hint">{t('panel.checksHint')}</p>
      </div>
      <ul>
        {CHECK_IDS.map((id) => {
          const check = { id, name: `check.${id}.name`, description: `check.${id}.description` }
          const on = !checksOff.has(check.id)
          const count = index.perCheck.get(check.id) ?? 0
          const extra = note(check.id)
          return (
            <li key={check.id} className={`qa-check${on ? '' : ' qa-check--off'}`}>
              <button
                type="button"
                role="switch"
                className="qa-check__switch"
                aria-checked={on}
                aria-labelledby={`qa-check-${check.id}`}
                aria-describedby={`qa-check-${check.id}-about`}
                disabled={props.readOnly}
                onClick={() => props.onSetCheck(check.id, !on)}
              >
                <span className="qa-check__track" aria-hidden="true">
                  <span className="qa-check__thumb" />
                </span>
                <span className="qa-check__state" aria-hidden="true">
                  {on ? t('panel.on') : t('panel.off')}
                </span>
              </button>
              <span className="qa-check__name" id={`qa-check-${check.id}`}>
                {t(check.name as never)}
              </span>
              {on && count > 0 && <span className="qa-check__count">{count}</span>}
              <p className="qa-check__about" id={`qa-check-${check.id}-about`}>
                {t(check.description as never)}
                {extra && <span className="qa-check__note"> {extra}</span>}
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
