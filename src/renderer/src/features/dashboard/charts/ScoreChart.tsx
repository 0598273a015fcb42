import { Group } from '@visx/group'
import { Line } from '@visx/shape'
import { shortLabel, type ScoreDotsLayout } from '@shared/report/chart-geometry'
import { ChartSvg, round } from './ChartSvg'

interface ScoreChartProps {
  readonly layout: ScoreDotsLayout
  readonly title: string
  readonly description: string
  readonly format: (value: number) => string
  /** Pass/fail of each row (by key); absent or null: no verdict. */
  readonly verdicts: ReadonlyMap<string, boolean | null>
  /** The pass line's label ("pass ≥ 99"). */
  readonly thresholdLabel: string | null
  /** What a row without a score says. */
  readonly noScore: string
  readonly labelChars: number
}

/** One dot per article (or system) on the score axis, coloured pass/fail, with the pass line. */
export function ScoreChart(props: ScoreChartProps): React.JSX.Element {
  const { layout, format } = props
  const { plot } = layout
  const bottom = plot.y + plot.height
  return (
    <ChartSvg
      width={layout.width}
      height={layout.height}
      title={props.title}
      description={props.description}
    >
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
      {layout.threshold && (
        <Group className="chart__threshold">
          <Line
            from={{ x: round(layout.threshold.at), y: plot.y - 4 }}
            to={{ x: round(layout.threshold.at), y: bottom }}
          />
          {props.thresholdLabel && (
            <text
              x={round(layout.threshold.at) + 4}
              y={plot.y + 6}
              className="chart__threshold-label"
            >
              {props.thresholdLabel}
            </text>
          )}
        </Group>
      )}
      {layout.rows.map((row) => {
        const verdict = props.verdicts.get(row.key) ?? null
        const state = verdict === null ? 'none' : verdict ? 'pass' : 'fail'
        return (
          <Group key={row.key}>
            <line
              className="chart__guide"
              x1={plot.x}
              x2={plot.x + plot.width}
              y1={round(row.y)}
              y2={round(row.y)}
            />
            <text
              className="chart__label"
              x={plot.x - 6}
              y={round(row.y)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {shortLabel(row.label, props.labelChars)}
              {row.label.length > props.labelChars && <title>{row.label}</title>}
            </text>
            {row.x === null || row.value === null ? (
              <text
                className="chart__value chart__value--none"
                x={plot.x + 4}
                y={round(row.y)}
                dominantBaseline="middle"
              >
                {props.noScore}
              </text>
            ) : (
              <>
                <circle
                  className={`chart__dot chart__dot--${state}`}
                  cx={round(row.x)}
                  cy={round(row.y)}
                  r={5}
                />
                <text
                  className="chart__value"
                  x={round(row.x) + (row.x > plot.x + plot.width - 40 ? -9 : 9)}
                  y={round(row.y)}
                  textAnchor={row.x > plot.x + plot.width - 40 ? 'end' : 'start'}
                  dominantBaseline="middle"
                >
                  {format(row.value)}
                </text>
              </>
            )}
          </Group>
        )
      })}
      <line className="chart__axis" x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} />
    </ChartSvg>
  )
}
