/**
 * Worker side of `run-with-budget.ts`: loads a TypeScript module through tsx (this thread has no
 * loader of its own), calls one of its exports and reports what happened. Whatever it throws comes
 * back as data, so the test can tell a CalqueFailure from any other exception.
 */
const { parentPort, workerData } = require('node:worker_threads')
const { join } = require('node:path')

process.env.TSX_TSCONFIG_PATH ??= join(__dirname, '../../tsconfig.json')
require('tsx/cjs/api').register()

async function main() {
  const { modulePath, exportName, args } = workerData
  try {
    const value = await require(modulePath)[exportName](...args)
    parentPort.postMessage({ kind: 'ok', value })
  } catch (error) {
    parentPort.postMessage({
      kind: 'threw',
      name: error && error.name,
      message: String(error && error.message),
      code: error && error.error && error.error.code,
      stack: error && error.stack
    })
  }
}
void main()
