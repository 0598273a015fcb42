/**
 * Layout for the virtualised review grid under jsdom. jsdom lays nothing out: every element measures
 * 0 × 0 and elements cannot scroll, so TanStack Virtual would see a viewport of height 0 and render no
 * row at all. TanStack Virtual reads exactly three things, and this stubs exactly those, on the grid's
 * own elements only (everything else still measures 0, as jsdom says):
 *  - the scroller's `clientHeight`/`clientWidth` (the viewport: `getRect` in virtual-core) and its
 *    `scrollHeight` (how far it can scroll: the height the grid gives its body of rows, the virtualiser's
 *    total size);
 *  - each row wrapper's `offsetHeight` (`measureElement`, used when there is no ResizeObserver, as
 *    in jsdom);
 *  - `scrollTo` on the scroller (absent from jsdom elements): it sets `scrollTop` and fires `scroll`,
 *    as a browser does, so keeping the current row in view really scrolls the window of rows.
 * The QA panel's list (`qa-panel__list`) gets a viewport the same way. The default viewports hold every
 * row of the sample and every suggestion, so tests see them all; a test about virtualisation itself
 * shrinks them with `setGridLayout`.
 */
/** The grid is its own scroll container (the sticky header row, then the body of rows). */
const SCROLLER = 'review-grid'
const ROW = 'review-grid__item'
/** The QA panel's list of suggestions: virtualised too, at fixed line heights (nothing measured). */
const PANEL_LIST = 'qa-panel__list'
const PANEL_LINES = 'qa-panel__lines'

export interface GridLayout {
  /** Height of the grid's scroll viewport, in px. */
  viewport: number
  /** Height of every row, in px (the grid's estimate is 64). */
  row: number
  /** Height of the QA panel's list viewport, in px. */
  panel: number
}

const DEFAULT_LAYOUT: GridLayout = { viewport: 64 * 200, row: 64, panel: 48 * 200 }
const layout: GridLayout = { ...DEFAULT_LAYOUT }
let installed = false

export function setGridLayout(change: Partial<GridLayout>): void {
  Object.assign(layout, change)
}

export function resetGridLayout(): void {
  Object.assign(layout, DEFAULT_LAYOUT)
}

/** Installs the stubs once per test file (jsdom environment); idempotent. */
export function installGridLayout(): void {
  if (installed) return
  installed = true
  const proto = HTMLElement.prototype
  const measure = (
    name: 'clientHeight' | 'clientWidth' | 'offsetHeight' | 'scrollHeight',
    value: (el: HTMLElement) => number | null
  ) => {
    const native =
      Object.getOwnPropertyDescriptor(Element.prototype, name) ??
      Object.getOwnPropertyDescriptor(proto, name)
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: HTMLElement) {
        return value(this) ?? (native?.get?.call(this) as number | undefined) ?? 0
      }
    })
  }
  const panel = (el: HTMLElement): boolean => el.classList.contains(PANEL_LIST)
  measure('clientHeight', (el) =>
    el.classList.contains(SCROLLER) ? layout.viewport : panel(el) ? layout.panel : null
  )
  measure('clientWidth', (el) => (el.classList.contains(SCROLLER) ? 1200 : panel(el) ? 400 : null))
  measure('scrollHeight', (el) =>
    el.classList.contains(SCROLLER) || panel(el)
      ? parseFloat(
          el.querySelector<HTMLElement>(
            `:scope > ${panel(el) ? `.${PANEL_LINES}` : '.review-grid__body'}`
          )?.style.height ?? ''
        ) || 0
      : null
  )
  measure('offsetHeight', (el) => (el.classList.contains(ROW) ? layout.row : null))
  if (!('scrollTo' in proto) || typeof proto.scrollTo !== 'function') {
    Object.defineProperty(proto, 'scrollTo', {
      configurable: true,
      writable: true,
      value(this: HTMLElement, options?: ScrollToOptions | number, y?: number) {
        const top = typeof options === 'number' ? (y ?? 0) : (options?.top ?? this.scrollTop)
        this.scrollTop = Math.max(0, top)
        this.dispatchEvent(new Event('scroll'))
      }
    })
  }
}
