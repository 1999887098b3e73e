import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A fresh, real folder under the system's temporary folder; removed by `cleanup`. */
export function makeTempDir(prefix = 'aan-tafel-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
