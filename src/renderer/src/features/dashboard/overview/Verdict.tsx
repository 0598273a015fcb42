import type { DashboardT } from '../dashboard-i18n'

interface VerdictProps {
  readonly pass: boolean | null
  readonly t: DashboardT
}

/** Pass / fail as a badge (words, not colour alone); nothing when the profile gives no verdict. */
export function Verdict({ pass, t }: VerdictProps): React.JSX.Element | null {
  if (pass === null) return null
  return (
    <span className={`verdict verdict--${pass ? 'pass' : 'fail'}`}>
      {t(pass ? 'dashboard:verdict.pass' : 'dashboard:verdict.fail')}
    </span>
  )
}
