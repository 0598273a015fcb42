/**
 * What no validator checks (../shared/schemas/README.txt): the attributes of stand-off
 * `<its:locQualityIssue>` elements. its.xsd declares them untyped and the Schematron does not look at
 * their values, so a severity of 500 passes every tool. The rules, from ITS 2.0 "Localization Quality
 * Issue": type one of the 27 values, severity a decimal 0-100, enabled yes|no, a type or a comment.
 */
import { ITS_NS } from '@shared/export/its'
import { ITS_ISSUE_TYPES } from '@shared/typology/profile'
import { all, attrOf, xmlTree } from './xml-tree'

export function standOffProblems(xml: string): string[] {
  const problems: string[] = []
  for (const issue of all(xmlTree(xml), 'locQualityIssue').filter((e) => e.uri === ITS_NS)) {
    const type = attrOf(issue, 'locQualityIssueType', '')
    const comment = attrOf(issue, 'locQualityIssueComment', '')
    const severity = attrOf(issue, 'locQualityIssueSeverity', '')
    const enabled = attrOf(issue, 'locQualityIssueEnabled', '')
    const where = `issue at offset ${issue.offset}`
    if (type === undefined && comment === undefined)
      problems.push(`${where}: neither type nor comment`)
    if (type !== undefined && !(ITS_ISSUE_TYPES as readonly string[]).includes(type))
      problems.push(`${where}: type "${type}" is not an ITS 2.0 issue type`)
    if (severity !== undefined && !(/^\d+(\.\d+)?$/.test(severity) && Number(severity) <= 100))
      problems.push(`${where}: severity "${severity}" is not a decimal from 0 to 100`)
    if (enabled !== undefined && enabled !== 'yes' && enabled !== 'no')
      problems.push(`${where}: enabled "${enabled}" is not yes or no`)
    for (const attribute of issue.attributes) {
      if (attribute.uri !== '' || !attribute.local.startsWith('locQualityIssue'))
        problems.push(`${where}: unexpected attribute ${attribute.local}`)
    }
  }
  return problems
}
