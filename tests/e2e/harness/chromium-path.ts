import { existsSync } from 'node:fs'

/** Debian's Chromium (the `/usr/bin/chromium` wrapper prints a harmless shell warning; use the binary). */
export function chromiumExecutable(): string | undefined {
  const candidates = [
    process.env.CALQUE_CHROMIUM,
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium'
  ]
  return candidates.find((p): p is string => !!p && existsSync(p))
}
