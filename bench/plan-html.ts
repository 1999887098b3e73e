import fs from 'node:fs'
import path from 'node:path'
import type { Block } from '../electron/main/pdf/layout/blocks'

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char)
const lines = (text: string) => escape(text).replace(/\n/g, '<br>')

/** The same blocks as HTML and CSS, for Chromium's print-to-PDF: the comparison the benchmark makes. */
export function planHtml(blocks: Block[], fontsDir: string): string {
  const font = (file: string) => fs.readFileSync(path.join(fontsDir, file)).toString('base64')
  const body = blocks
    .map((block) => {
      switch (block.kind) {
        case 'title':
          return `<p class="note"><b>${lines(block.text)}</b></p>`
        case 'headline':
          return `<h1>${lines(block.text)}</h1>`
        case 'heading':
          return `<h${block.level + 1}>${lines(block.text)}</h${block.level + 1}>`
        case 'note':
          return `<p class="note">${lines(block.text)}</p>`
        case 'paragraph':
          return `<p>${lines(block.text)}</p>`
        case 'field':
          return `<div class="field"><b>${lines(block.label)}</b><p>${lines(block.value || block.empty)}</p></div>`
        case 'facts':
          return `<table>${block.rows.map((row) => `<tr><th>${lines(row.label)}</th><td>${lines(row.value || block.empty)}</td></tr>`).join('')}</table>`
        case 'list':
          return `<${block.numbered ? 'ol' : 'ul'}>${block.items.map((item) => `<li>${lines(item)}</li>`).join('')}</${block.numbered ? 'ol' : 'ul'}>`
        case 'chart':
          return `<table class="chart"><tr><th></th>${block.scale.map((word) => `<th>${escape(word)}</th>`).join('')}</tr>${block.rows
            .map((row) => `<tr><td>${escape(row.label)}</td>${block.scale.map((_, index) => `<td>${index + 1 === row.rating ? '●' : '·'}</td>`).join('')}</tr>`)
            .join('')}</table>`
        case 'question':
          return `<div class="question"><span class="box"></span><b>${block.number}. ${lines(block.text)}</b>${'<hr>'.repeat(block.noteLines)}</div>`
        case 'ruled':
          return `${block.label ? `<b>${lines(block.label)}</b>` : ''}${'<hr>'.repeat(block.lines)}`
        case 'box':
          return `<div class="rights"><b>${lines(block.title)}</b><ul>${block.items.map((item) => `<li>${lines(item)}</li>`).join('')}</ul></div>`
        case 'pageBreak':
          return '<div class="break"></div>'
      }
    })
    .join('\n')
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
@font-face { font-family: Noto; src: url(data:font/ttf;base64,${font('NotoSans-Regular.ttf')}); }
@font-face { font-family: Noto; font-weight: bold; src: url(data:font/ttf;base64,${font('NotoSans-Bold.ttf')}); }
@page { size: A4; margin: 26mm 20mm 24mm 25mm; }
body { font: 11pt/1.45 Noto; }
.note { font-size: 9.4pt; color: #444; }
h1, h2, h3, h4 { break-after: avoid; }
table { border-collapse: collapse; width: 100%; } th { text-align: start; width: 30%; }
.question { break-inside: avoid; } .box { display: inline-block; width: 1em; height: 1em; border: 1.2pt solid #000; margin-inline-end: 1em; }
hr { border: 0; border-top: 0.6pt solid #888; margin: 1.5em 0 0; }
.rights { border: 1.5pt solid #000; background: #f2f2f2; padding: 1em; break-inside: avoid; }
.break { break-after: page; }
</style></head><body>${body}</body></html>`
}
