/** macOS spells Cmd where every other system spells Ctrl. */
export function isMacPlatform(userAgent: string = navigator.userAgent): boolean {
  return /Mac|iPhone|iPad/.test(userAgent)
}
