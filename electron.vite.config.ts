import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { metaContentSecurityPolicy } from './electron/main/security'

/** Puts the Content Security Policy in the page as well (see metaContentSecurityPolicy). */
function contentSecurityPolicyMeta(): Plugin {
  let mode: 'production' | 'development' = 'production'
  return {
    name: 'aan-tafel-csp-meta',
    configResolved(config) {
      mode = config.command === 'serve' ? 'development' : 'production'
    },
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy(mode) }, injectTo: 'head-prepend' },
    ],
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Dependencies bundled in: one file read instead of hundreds (zod alone is many) makes the
      // start, the PDF thread and the command quicker. fontkit and the hyphenation patterns stay
      // outside: they load only when a plan needs them (createRequire).
      externalizeDeps: false,
      // The PDF worker thread and the `npm run pdf` command are built beside the main process,
      // so neither is compiled from TypeScript when it runs.
      rolldownOptions: {
        input: { index: resolve('electron/main/index.ts'), 'pdf-worker': resolve('electron/main/pdf/worker.ts'), cli: resolve('electron/main/pdf/cli.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be CommonJS and self-contained: it may only require electron.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    build: {
      outDir: 'out/renderer',
      minify: true,
      sourcemap: process.env.SIZES === '1',
      // bench/bundle.ts reads which file holds which language.
      manifest: true,
      // Loaded from the computer's own disk, not a network: one bundle with every language is fine.
      chunkSizeWarningLimit: 1200,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
    plugins: [react(), contentSecurityPolicyMeta()],
  },
})
