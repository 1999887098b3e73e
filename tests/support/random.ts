/** mulberry32: a small deterministic random source, the same on every machine, so a failure can be found again. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The version a durability-test dossier is at ("teller <n>" at the start of a text): 0 when never updated. */
export function counterOf(text: string): number {
  return Number(/^teller (\d+)\n/.exec(text)?.[1] ?? 0)
}
