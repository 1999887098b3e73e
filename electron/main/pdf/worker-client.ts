import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Rendered } from './layout/render'
import { forgetDocumentCaches, runJob, type PdfJob, type PdfMaker } from './jobs'
import type { PdfReply, PdfRequest } from './worker'

interface Waiting {
  resolve: (rendered: Rendered) => void
  reject: (error: Error) => void
}

class WorkerGone extends Error {}

/**
 * The worker from source, for tests and benchmarks (the app runs the built `pdf-worker.js`): Node
 * does not pass `--import tsx` on to a worker thread, so the thread registers tsx itself.
 */
function sourceWorker(): { file: string; eval: boolean } {
  const source = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts')).href
  return { file: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}) })`, eval: true }
}

/**
 * Makes documents on a worker thread, started as soon as this is created (warmUp() when the window
 * shows). Should the thread fail to start or die, the job is made on the calling thread instead:
 * slower, never lost.
 */
export class PdfWorker implements PdfMaker {
  readonly #fontsDir: string
  readonly #file: { file: string; eval: boolean }
  readonly #waiting = new Map<number, Waiting>()
  #worker: Worker | null = null
  #warm: Promise<void> = Promise.resolve()
  #warming = false
  #nextId = 1
  #closed = false

  constructor(options: { fontsDir: string; workerFile?: string }) {
    this.#fontsDir = options.fontsDir
    this.#file = options.workerFile ? { file: options.workerFile, eval: false } : sourceWorker()
    this.#start()
  }

  /**
   * Has the thread make a few sample plans, so the person's first plan is as quick as the tenth.
   * Resolves when it is done (or when the thread has failed: jobs then run on the calling thread).
   */
  warmUp(): Promise<void> {
    const worker = this.#worker
    if (!worker) return Promise.resolve()
    this.#warming = true
    worker.ref()
    worker.postMessage({ warmUp: true } satisfies PdfRequest)
    return this.#warm.catch(() => undefined)
  }

  async make(job: PdfJob): Promise<Rendered> {
    if (!this.#worker && !this.#closed) this.#start()
    try {
      return await this.#send(job)
    } catch (error) {
      if (error instanceof WorkerGone) return runJob(job, this.#fontsDir)
      throw error
    }
  }

  plan(dossier: Extract<PdfJob, { kind: 'plan' }>['dossier'], options: Extract<PdfJob, { kind: 'plan' }>['options']): Promise<Rendered> {
    return this.make({ kind: 'plan', dossier, options })
  }

  /** Messages run in order: no document made after this uses what was kept before it. */
  forget(): void {
    // This thread too: it makes the documents when the worker thread is gone.
    forgetDocumentCaches()
    this.#worker?.postMessage({ forget: true } satisfies PdfRequest)
  }

  async close(): Promise<void> {
    this.#closed = true
    const worker = this.#worker
    this.#worker = null
    if (worker) await worker.terminate()
  }

  #start(): void {
    let worker: Worker
    try {
      worker = new Worker(this.#file.file, { workerData: { fontsDir: this.#fontsDir }, eval: this.#file.eval })
    } catch {
      // No thread at all: make() runs every job on the calling thread.
      return
    }
    this.#worker = worker
    worker.unref()
    this.#warm = new Promise<void>((resolve, reject) => {
      worker.on('message', (reply: PdfReply) => {
        if ('warm' in reply) {
          this.#warming = false
          if (this.#waiting.size === 0) worker.unref()
          return resolve()
        }
        const waiting = this.#waiting.get(reply.id)
        this.#waiting.delete(reply.id)
        if (this.#waiting.size === 0 && !this.#warming) worker.unref()
        if (!waiting) return
        if ('error' in reply) waiting.reject(new Error(reply.error))
        else waiting.resolve({ pdf: reply.pdf, pages: reply.pages, missing: reply.missing })
      })
      const gone = (error: Error) => {
        if (this.#worker === worker) this.#worker = null
        reject(error)
        for (const waiting of this.#waiting.values()) waiting.reject(new WorkerGone(error.message))
        this.#waiting.clear()
      }
      worker.on('error', gone)
      worker.on('exit', (code) => gone(new Error(`PDF worker stopped (${code})`)))
    })
    // Nobody may be waiting yet; a failed thread is handled in make() and warmUp().
    this.#warm.catch(() => undefined)
  }

  #send(job: PdfJob): Promise<Rendered> {
    const worker = this.#worker
    if (!worker) return Promise.reject(new WorkerGone('no PDF worker'))
    const id = this.#nextId++
    return new Promise<Rendered>((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject })
      // Held while work is out (an idle thread must not keep a process alive on its own).
      worker.ref()
      worker.postMessage({ id, job } satisfies PdfRequest)
    })
  }
}
