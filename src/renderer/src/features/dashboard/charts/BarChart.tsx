import { Group } from '@visx/group'
import { Bar } from '@visx/shape'
import { shortLabel, type StackedBarsLayout } from '@shared/report/chart-geometry'
import { ChartSvg, round, severityClass } from './ChartSvg'

interface BarChartProps {
  readonly layout: StackedBarsLayout
  readonly title: string
  readonly description: string
  /** How a count is written (the UI language's digits). */
  readonly format: (value: number) => string
  /** Characters of a row label before it is cut. */
  readonly labelChars: number
}

/** Horizontal bars, each split by severity (parts coloured by their key), with the total after it. */
export function BarChart({
  layout,
  title,
  description,
  format,
  labelChars
}: BarChartProps): React.JSX.Element {
  const { plot } = layout
  const bottom = plot.y + plot.height
  return (
    <ChartSvg width={layout.width} height={layout.height} title={title} description={description}>
      <Group className="chart__grid">
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={round(tick.at)} x2={round(tick.at)} y1={plot.y} y2={bottom} />
            <text className="chart__tick" x={round(tick.at)} y={bottom + 14} textAnchor="middle">
              {format(tick.value)}
            </text>
          </g>
        ))}
      </Group>
      {layout.rows.map((row) => (
        <Group key={row.key}>
          <text
            className="chart__label"
            x={plot.x - 6}
            y={round(row.y)}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {shortLabel(row.label, labelChars)}
            {row.label.length > labelChars && <title>{row.label}</title>}
          </text>
          {row.parts.map((part) => (
            <Bar
              key={part.key}
              className={`chart__part chart__part--${severityClass(part.key)}`}
              x={round(part.x)}
              y={round(row.barY)}
              width={round(part.width)}
              height={round(row.barHeight)}
            />
          ))}
          <text
            className="chart__value"
            x={round(row.end + 4)}
            y={round(row.y)}
            dominantBaseline="middle"
          >
            {format(row.total)}
          </text>
        </Group>
      ))}
      <line className="chart__axis" x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} />
    </ChartSvg>
  )
}
