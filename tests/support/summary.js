// Prints one closing line for the whole suite ("N passed, N failed, N skipped"), from the JSON
// reports that vitest and Playwright write, so CI and people read one verdict.
import fs from 'node:fs'

const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'))
const unit = read('reports/vitest.json')
const browser = read('reports/playwright.json')

const passed = unit.numPassedTests + browser.stats.expected + browser.stats.flaky
const failed = unit.numFailedTests + browser.stats.unexpected
const skipped = unit.numPendingTests + unit.numTodoTests + browser.stats.skipped

console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`)
console.log(`browser and electron: ${browser.stats.expected} passed, ${browser.stats.unexpected} failed, ${browser.stats.skipped} skipped`)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exitCode = failed > 0 ? 1 : 0
