import { Group } from '@visx/group'
import { Line, LinePath } from '@visx/shape'
import type { TrendLayout } from '@shared/report/chart-geometry'
import { ChartSvg, round } from './ChartSvg'

interface TrendChartProps {
  readonly layout: TrendLayout
  readonly title: string
  readonly description: string
  readonly format: (value: number) => string
  readonly thresholdLabel: string | null
}

/** The score day by day, with the pass line. */
export function TrendChart({
  layout,
  title,
  description,
  format,
  thresholdLabel
}: TrendChartProps): React.JSX.Element {
  const { plot } = layout
  const bottom = plot.y + plot.height
  return (
    <ChartSvg width={layout.width} height={layout.height} title={title} description={description}>
      <Group className="chart__grid">
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.x} x2={plot.x + plot.width} y1={round(tick.at)} y2={round(tick.at)} />
            <text
              className="chart__tick"
              x={plot.x - 6}
              y={round(tick.at)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {format(tick.value)}
            </text>
          </g>
        ))}
      </Group>
      {layout.threshold && (
        <Group className="chart__threshold">
          <Line
            from={{ x: plot.x, y: round(layout.threshold.at) }}
            to={{ x: plot.x + plot.width, y: round(layout.threshold.at) }}
          />
          {thresholdLabel && (
            <text
              x={plot.x + plot.width}
              y={round(layout.threshold.at) - 4}
              textAnchor="end"
              className="chart__threshold-label"
            >
              {thresholdLabel}
            </text>
          )}
        </Group>
      )}
      {layout.lines.map((line, i) => (
        <LinePath
          key={i}
          className="chart__line"
          data={[...line]}
          x={(p) => round(p.x)}
          y={(p) => round(p.y)}
        />
      ))}
      {layout.points.map((p) =>
        p.y === null ? null : (
          <circle key={p.key} className="chart__point" cx={round(p.x)} cy={round(p.y)} r={3.5} />
        )
      )}
      {layout.labels.map((p) => (
        <text
          key={p.key}
          className="chart__tick"
          x={round(p.x)}
          y={bottom + 16}
          textAnchor="middle"
        >
          {p.label}
        </text>
      ))}
      <line className="chart__axis" x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} />
    </ChartSvg>
  )
}
