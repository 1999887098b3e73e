// The PDF worker thread: makes every document off the main process's thread, so the window never
// waits on a plan, and warms up (fonts, hyphenation, compiled code) when asked, once the window shows.
import { parentPort, workerData } from 'node:worker_threads'
import { forgetDocumentCaches, runJob, type PdfJob } from './jobs'
import { warmUpPlans } from './plan'

export type PdfRequest = { id: number; job: PdfJob } | { warmUp: true } | { forget: true }
export type PdfReply = { warm: true } | { id: number; pdf: Uint8Array; pages: number; missing: string[] } | { id: number; error: string }

const port = parentPort
if (!port) throw new Error('The PDF worker runs only as a worker thread.')
const { fontsDir } = workerData as { fontsDir: string }

port.on('message', (request: PdfRequest) => {
  if ('forget' in request) return forgetDocumentCaches()
  if ('warmUp' in request) {
    try {
      warmUpPlans(fontsDir)
    } catch (error) {
      // A failed warm-up only costs time: the first plan warms up instead.
      console.warn('[aan-tafel] PDF warm-up failed', error)
    }
    port.postMessage({ warm: true } satisfies PdfReply)
    return
  }
  const { id, job } = request
  try {
    const { pdf, pages, missing } = runJob(job, fontsDir)
    // Transferred, not copied: the bytes must own their whole buffer to move.
    const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : pdf.slice()
    port.postMessage({ id, pdf: own, pages, missing } satisfies PdfReply, [own.buffer as ArrayBuffer])
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies PdfReply)
  }
})
