/** A new id for something inside a dossier (a helper, a priority, an own question). */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`
}
