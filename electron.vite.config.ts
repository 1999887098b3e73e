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
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
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
      // Loaded from the computer's own disk, not a network: one bundle with every language is fine.
      chunkSizeWarningLimit: 1200,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
    plugins: [react(), contentSecurityPolicyMeta()],
  },
})
