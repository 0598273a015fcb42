/**
 * Import jobs: `runImportJob` (reading, segmentation and alignment in a worker thread, with progress
 * and cancel) and `writeAlignmentFile` (alignment.json streamed to disk, never one giant string).
 */
export { writeAlignmentFile } from './alignment-writer'
export { performImport } from './perform-import'
export { resolveImportWorker, type WorkerEntry } from './resolve-worker'
export {
  DEFAULT_JOB_MEMORY_MB,
  ImportWorkerPool,
  isImportCancelled,
  runImportJob,
  type ImportJobOptions
} from './run-import-job'
export type {
  ImportJobPhase,
  ImportJobProgress,
  ImportJobRequest,
  ImportJobResult,
  UserRulesByLanguage
} from './types'
