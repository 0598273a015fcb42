#!/usr/bin/env node
// The `calque` command: loads the CLI that electron-vite builds into out/main/cli.js.
'use strict'
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const built = join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(built)) {
  process.stderr.write('calque is not built yet: run npm run build\n')
  process.exit(1)
}

const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
}
require(built)
  .main(process.argv.slice(2), io)
  .then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      process.stderr.write(
        `calque: unexpected error: ${error && error.stack ? error.stack : error}\n`
      )
      process.exitCode = 1
    }
  )
