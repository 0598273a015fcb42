/**
 * Loads the import worker from its TypeScript source (Vitest, `tsx`): a worker thread starts without
 * the parent's loader, so tsx is registered here first. The built app never uses this file: it runs
 * `out/main/import-worker.js` (see resolve-worker.ts).
 */
const { join } = require('node:path')
const { workerData } = require('node:worker_threads')

process.env.TSX_TSCONFIG_PATH ??= join(__dirname, '../../../../tsconfig.json')
require('tsx/cjs/api').register()
require(workerData.entry)
