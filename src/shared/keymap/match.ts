/**
 * Matching a key press against the registry's key strings. Letters, brackets and the backquote match
 * the physical key (`event.code`) too, so commands work under a Russian layout; other keys match
 * `event.key`. Pure: takes the few fields of a KeyboardEvent it needs.
 */
import { COMMANDS, type CommandId, type CommandSpec, type KeyScope } from './commands'

export interface KeyPress {
  readonly key: string
  readonly code: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
  readonly altKey: boolean
}

interface ParsedKey {
  readonly mod: boolean
  readonly ctrl: boolean
  readonly shift: boolean
  readonly alt: boolean
  readonly key: string
}

const CODE_OF: Record<string, string> = {
  '[': 'BracketLeft',
  ']': 'BracketRight',
  '`': 'Backquote'
}
/** Characters a shifted physical key types on a US layout (Shift+[ types `{`). */
const SHIFTED: Record<string, string> = { '[': '{', ']': '}', '`': '~', '=': '+' }

export function parseKey(text: string): ParsedKey {
  const parts = text === '+' ? ['+'] : text.split(/\+(?!$)/)
  const last = parts.pop()!
  // A letter is a physical key: `Mod+F` and `Shift+J` name the same keys as `f` and `j`.
  const key = /^[A-Z]$/.test(last) ? last.toLowerCase() : last
  return {
    mod: parts.includes('Mod'),
    ctrl: parts.includes('Ctrl'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key
  }
}

export function matches(binding: string, press: KeyPress, mac: boolean): boolean {
  const want = parseKey(binding)
  const mod = mac ? press.metaKey : press.ctrlKey
  const ctrlWanted = want.ctrl || (want.mod && !mac)
  if (press.ctrlKey !== ctrlWanted) return false
  if (press.metaKey !== (want.mod && mac)) return false
  if (want.mod && !mod) return false
  if (press.altKey !== want.alt) return false
  const key = want.key
  if (key === 'Space') return press.key === ' ' && press.shiftKey === want.shift
  // The registry writes `Mod+Z` and `Shift+J` in capitals; the key types `z` (or `я`) all the same.
  if (/^[a-z]$/i.test(key)) {
    return (
      press.shiftKey === want.shift &&
      (press.code === `Key${key.toUpperCase()}` || press.key.toLowerCase() === key.toLowerCase())
    )
  }
  if (CODE_OF[key]) {
    return (
      press.shiftKey === want.shift &&
      (press.code === CODE_OF[key] ||
        press.key === key ||
        (want.shift && press.key === SHIFTED[key]))
    )
  }
  if (/^\d$/.test(key))
    return press.shiftKey === want.shift && (press.key === key || press.code === `Digit${key}`)
  // Characters that need Shift on some layouts (?, +) match on the character alone.
  if (key === '?' || key === '+') return press.key === key
  return press.shiftKey === want.shift && press.key === key
}

/** The command a key press means in `scope`, or `undefined`. */
export function commandFor(
  press: KeyPress,
  scope: KeyScope,
  mac: boolean,
  options: { readonly inText?: boolean } = {}
): CommandId | undefined {
  for (const spec of COMMANDS as readonly CommandSpec[]) {
    if (spec.scope !== scope) continue
    if (options.inText && !spec.inText) continue
    if (spec.keys.some((key) => matches(key, press, mac))) return spec.id as CommandId
  }
  return undefined
}
