import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

/** `@shared/...` imports the pure domain from every process (mirrored in the tsconfigs and vitest). */
const alias = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      rollupOptions: {
        // The CLI shares the main process's services, so it is built alongside them; the import
        // worker is an entry of its own (a worker thread starts from a file): out/main/import-worker.js.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/cli/index.ts'),
          'import-worker': resolve(__dirname, 'src/main/services/import-job/import-worker.ts')
        }
      }
    }
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload can only require('electron'): bundle everything else into one file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', inlineDynamicImports: true }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias },
    plugins: [react()],
    // Smaller bundle, faster first paint; source maps keep stack traces readable.
    build: { minify: true, sourcemap: true }
  }
})
