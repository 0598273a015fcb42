/**
 * The handful of icons the app uses, as inline SVG (no icon font, no external request: the CSP allows
 * neither). Decorative: the meaning is always also given as text or an accessible name.
 */
const PATHS = {
  alert: 'M8 1.5 15 14H1L8 1.5Zm0 4.25v4m0 2v.5',
  info: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13Zm0 5.5v4.5m0-7v.5',
  check: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13ZM5 8.2l2 2 4-4.4',
  circle: 'M8 2.5a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11Z',
  pencil: 'M10.5 2.5l3 3L6 13H3v-3l7.5-7.5Z',
  flag: 'M3.5 14.5v-12m0 0h8l-1.75 3 1.75 3h-8',
  close: 'm4 4 8 8m0-8-8 8',
  unlink:
    'M6.5 9.5 9.5 6.5M5 7 3.6 8.4a2.5 2.5 0 0 0 3.5 3.6L8.5 10.6M11 9l1.4-1.4a2.5 2.5 0 0 0-3.5-3.6L7.5 5.4',
  approx: 'M2.5 6.5c1.8-1.6 3.6-1.6 5.5 0s3.7 1.6 5.5 0m-11 4c1.8-1.6 3.6-1.6 5.5 0s3.7 1.6 5.5 0',
  link: 'M6.5 9.5 9.5 6.5M7.5 4.6l1-1a2.5 2.5 0 0 1 3.6 3.5l-1 1.1M8.5 11.4l-1 1a2.5 2.5 0 0 1-3.6-3.5l1-1.1'
} as const

export type IconName = keyof typeof PATHS

interface IconProps {
  /** Which icon. */
  readonly name: IconName
  /** Extra class for colour and size (the icon strokes with `currentColor`). */
  readonly className?: string
}

export function Icon({ name, className }: IconProps): React.JSX.Element {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
