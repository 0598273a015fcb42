import type { XmlLimits } from '../import/readers/xml'
import type { Typology } from '../typology/profile'

export interface InterchangeReadOptions {
  /** Maps other tools' ITS issue types and severities to categories and severities. */
  readonly typology?: Typology
  /** The time given to flags whose file states none (another tool's issues). */
  readonly now?: Date
  readonly limits?: Partial<XmlLimits>
}
