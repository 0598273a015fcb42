/** Google MQM TSV (MQM Viewer format): reader, writer, span marks, annotations for the tracker. */
export {
  MQM_TSV_MIN_COLUMNS,
  createMqmTsvReader,
  parseMqmTsv,
  type MqmTsvIssue,
  type MqmTsvParse,
  type MqmTsvReader,
  type MqmTsvRecord
} from './read'
export { MQM_TSV_HEADER, writeMqmTsv, type MqmTsvWriteOptions } from './write'
export { markSpan, stripSpanMarks, type MarkedText, type Span } from './spans'
export { mqmAnnotationsOf, type MqmAnnotation } from './annotations'
export { calqueSeverityOf, isAttentionCheck, isNoError, normaliseSeverity } from './severity'
