import { useId, type ReactNode } from 'react'

interface ChartSvgProps {
  readonly width: number
  readonly height: number
  /** The chart's accessible name. */
  readonly title: string
  /** The data in words, for screen readers (the tables beside the charts hold the same numbers). */
  readonly description: string
  readonly className?: string
  readonly children: ReactNode
}

/**
 * An SVG chart drawn in its own coordinates (`viewBox`) and scaled by CSS to its box, so it needs no
 * measuring: the same markup works in the app and, rendered to a string, in the HTML report.
 */
export function ChartSvg({
  width,
  height,
  title,
  description,
  className,
  children
}: ChartSvgProps): React.JSX.Element {
  const id = useId()
  return (
    <svg
      className={`chart${className ? ` ${className}` : ''}`}
      viewBox={`0 0 ${round(width)} ${round(height)}`}
      width={round(width)}
      height={round(height)}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  )
}

/** Coordinates with two decimals: smaller markup, and the same numbers every time. */
export function round(value: number): number {
  return Math.round(value * 100) / 100
}

/** Severities with their own colour; any other (another tool's `trivial`) is drawn as neutral. */
const SEVERITY_CLASSES = new Set(['neutral', 'minor', 'major', 'critical'])

export function severityClass(severity: string): string {
  return SEVERITY_CLASSES.has(severity) ? severity : 'neutral'
}
