/** Facts about the machine and the installation that the backend needs, computed without Electron. */
import { join } from 'node:path'
import { userInfo } from 'node:os'

export interface SamplesDirInput {
  readonly isPackaged: boolean
  /** `process.resourcesPath`: where a packaged app's extra resources live. */
  readonly resourcesPath: string
  /** `app.getAppPath()`: the project folder when running unpackaged. */
  readonly appPath: string
}

/** Folder holding the sample article pair (`belarus-usa-ambassadors/{ru,en}.txt`). */
export function samplesDirFor({ isPackaged, resourcesPath, appPath }: SamplesDirInput): string {
  return isPackaged
    ? join(resourcesPath, 'resources', 'samples')
    : join(appPath, 'resources', 'samples')
}

/**
 * The OS account name, recorded as the author of review events. `os.userInfo()` throws when the
 * user has no passwd entry (some containers), so fall back to the environment, then to nothing.
 */
export function osUserName(
  readUserInfo: () => { username: string } = userInfo,
  env: Readonly<Record<string, string | undefined>> = process.env
): string {
  try {
    const name = readUserInfo().username.trim()
    if (name !== '') return name
  } catch {
    // fall through to the environment
  }
  return (env['USER'] ?? env['USERNAME'] ?? env['LOGNAME'] ?? '').trim()
}
