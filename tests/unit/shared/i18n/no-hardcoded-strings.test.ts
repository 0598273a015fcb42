/**
 * Every word the user reads comes from the locale files. Scans the renderer's JSX with the TypeScript
 * parser: a JSX text node, a string literal rendered as a child, or a literal user-visible attribute
 * (aria-label, title, placeholder, alt…) containing a letter is a hard-coded string. Symbols and
 * punctuation (#, ×, ·, ↓) are allowed; so are letters in data such as key caps.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../../../helpers/paths'

const RENDERER = join(repoRoot, 'src/renderer/src')
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label'
])
const LETTER = /\p{L}/u

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return tsxFiles(path)
    return entry.name.endsWith('.tsx') ? [path] : []
  })
}

/** `file:line: text` for each user-visible literal with letters. */
function hardCodedStrings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX
  )
  const found: string[] = []
  const report = (node: ts.Node, text: string): void => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
    found.push(`${fileName}:${line}: ${text.trim()}`)
  }
  const isLiteral = (
    node: ts.Node | undefined
  ): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
    !!node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text)
    if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent) && isLiteral(node.expression)) {
      if (LETTER.test(node.expression.text)) report(node, node.expression.text)
    }
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(file))) {
      const value = node.initializer
      const literal = value && ts.isJsxExpression(value) ? value.expression : value
      if (isLiteral(literal) && LETTER.test(literal.text)) report(node, literal.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('renderer JSX', () => {
  it('catches the kinds of hard-coded text it is meant to catch', () => {
    const sample = [
      'export const A = () => <p title="Close">Save <b>{"now"}</b> # · ×</p>',
      'export const B = () => <input placeholder={`Search`} aria-label={t("x")} className="wide" />'
    ].join('\n')
    expect(hardCodedStrings('sample.tsx', sample)).toEqual([
      'sample.tsx:1: Close',
      'sample.tsx:1: Save',
      'sample.tsx:1: now',
      'sample.tsx:2: Search'
    ])
  })

  it('has no user-visible string outside the locale files', () => {
    const files = tsxFiles(RENDERER)
    expect(files.length).toBeGreaterThan(10)
    const found = files.flatMap((path) =>
      hardCodedStrings(relative(repoRoot, path), readFileSync(path, 'utf8'))
    )
    expect(found).toEqual([])
  })
})
