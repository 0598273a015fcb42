/**
 * The namespaces the dashboard speaks (its own, the scoring report's words, typology labels, flag
 * statuses) and the type of its `t`, which the presentational components take as a prop so that the
 * HTML report can render them outside the app's React tree.
 */
import { useTranslation, type UseTranslationResponse } from 'react-i18next'

export const DASHBOARD_NS = ['dashboard', 'scoring', 'typology', 'workspace', 'common'] as const

export type DashboardT = UseTranslationResponse<typeof DASHBOARD_NS, undefined>['t']

export function useDashboardT(): DashboardT {
  return useTranslation(DASHBOARD_NS).t
}
