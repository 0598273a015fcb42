// Flat config. The layer rules of docs/architecture.md live here so that a wrong import fails `npm run lint`.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Raw IPC lives only in src/main/ipc and src/preload: use the typed contract.'
}

export default tseslint.config(
  {
    ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [rawIpc] }]
    }
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    // Pure domain: runs in main, renderer and CLI alike.
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/shared is pure: no electron.' },
            { name: 'react', message: 'src/shared is pure: no React.' },
            { name: 'react-dom', message: 'src/shared is pure: no React.' }
          ],
          patterns: [
            { group: ['node:*'], message: 'src/shared is pure: no node:* modules.' },
            {
              group: ['fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'stream', 'buffer', 'url', 'util'],
              message: 'src/shared is pure: no Node built-ins.'
            },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'], message: 'src/shared imports nothing outside src/shared.' }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/shared is pure: no DOM.' },
        { name: 'document', message: 'src/shared is pure: no DOM.' },
        { name: 'process', message: 'src/shared is pure: no Node globals.' },
        { name: 'Buffer', message: 'src/shared is pure: use Uint8Array.' },
        { name: 'require', message: 'src/shared is pure.' }
      ]
    }
  },
  {
    files: ['src/main/ipc/**/*.ts', 'src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['src/main/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/main/ipc/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [rawIpc],
          patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'main/cli never import renderer or preload code.' }]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through lib/api.ts.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node access.' },
            { group: ['**/main/**', '**/cli/**', '**/preload/index*'], message: 'The renderer reaches main only through lib/api.ts.' }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        { name: 'calque', message: 'Only src/renderer/src/lib/api.ts touches window.calque.' }
      ]
    }
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-imports': 'off' }
  }
)
