import { findElectronBinary } from './electron-binary'

/** Says plainly, once per run, whether the real-Electron suite can run on this machine. */
export default function globalSetup(): void {
  const binary = findElectronBinary()
  if (binary.path === null) {
    console.log(`[e2e] the Electron suite will be SKIPPED: ${binary.reason}.`)
  } else {
    console.log(`[e2e] the Electron suite runs against ${binary.path}`)
  }
}
