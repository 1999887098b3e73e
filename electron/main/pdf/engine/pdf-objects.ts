import { deflateSync } from 'node:zlib'

/**
 * The PDF file format at its smallest: numbered objects, dictionaries, arrays, names, strings,
 * streams (compressed with Node's zlib, which is native and far faster than a JavaScript deflate),
 * a cross-reference table and a trailer. Enough for what Aan Tafel writes, and nothing more.
 */
export class Ref {
  constructor(readonly id: number) {}
}

/** A PDF name, written /Like#20This. */
export class Name {
  constructor(readonly value: string) {}
}

/** Raw PDF syntax, written as it is (for the few places that need it). */
export class Raw {
  constructor(readonly value: string) {}
}

/** A text string: ASCII as a literal, anything else as UTF-16BE with a byte order mark. */
export class PdfText {
  constructor(readonly value: string) {}
}

export type PdfValue = number | boolean | null | string | Name | Ref | Raw | PdfText | PdfValue[] | PdfDict
export interface PdfDict {
  [key: string]: PdfValue | undefined
}

export const name = (value: string) => new Name(value)

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value)
  const fixed = value.toFixed(3)
  return fixed.replace(/\.?0+$/, '') || '0'
}

function escapeName(value: string): string {
  return value.replace(/[^!-~]|[#()<>[\]{}/%]/g, (char) => `#${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

function literal(value: string): string {
  return `(${value.replace(/[\\()]/g, (char) => `\\${char}`)})`
}

function utf16(value: string): string {
  let hex = 'FEFF'
  for (let index = 0; index < value.length; index++) hex += value.charCodeAt(index).toString(16).padStart(4, '0')
  return `<${hex}>`
}

export function serialize(value: PdfValue | undefined): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'number') return formatNumber(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  // A plain JavaScript string is a byte string of ASCII (identifiers, dates): a literal.
  if (typeof value === 'string') return literal(value)
  if (value instanceof Name) return `/${escapeName(value.value)}`
  if (value instanceof Ref) return `${value.id} 0 R`
  if (value instanceof Raw) return value.value
  if (value instanceof PdfText) return /^[\x20-\x7e]*$/.test(value.value) ? literal(value.value) : utf16(value.value)
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`
  const entries = Object.entries(value).filter(([, inner]) => inner !== undefined)
  return `<<${entries.map(([key, inner]) => `/${escapeName(key)} ${serialize(inner)}`).join(' ')}>>`
}

interface StoredObject {
  dict: PdfDict | PdfValue
  stream?: Uint8Array
}

export class PdfFile {
  private readonly objects: (StoredObject | undefined)[] = []

  /** Reserves a number now, for an object written later (pages refer to their parent, and back). */
  reserve(): Ref {
    this.objects.push(undefined)
    return new Ref(this.objects.length)
  }

  add(value: PdfDict | PdfValue): Ref {
    const ref = this.reserve()
    this.set(ref, value)
    return ref
  }

  set(ref: Ref, value: PdfDict | PdfValue): void {
    this.objects[ref.id - 1] = { dict: value }
  }

  /** A stream, compressed unless it is tiny (compressing a few bytes makes them larger). */
  addStream(dict: PdfDict, data: Uint8Array | string, compress = true): Ref {
    const ref = this.reserve()
    this.setStream(ref, dict, data, compress)
    return ref
  }

  setStream(ref: Ref, dict: PdfDict, data: Uint8Array | string, compress = true): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data
    const packed = compress && bytes.length > 64 ? deflateSync(bytes, { level: 6 }) : bytes
    this.objects[ref.id - 1] = {
      dict: { ...dict, ...(packed !== bytes && { Filter: name('FlateDecode') }), Length: packed.length },
      stream: packed,
    }
  }

  save(catalog: Ref, info: Ref, id: string): Uint8Array {
    const chunks: Buffer[] = []
    let length = 0
    const push = (chunk: Buffer) => {
      chunks.push(chunk)
      length += chunk.length
    }
    push(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'))
    const offsets: number[] = []
    this.objects.forEach((object, index) => {
      if (!object) throw new Error(`PDF object ${index + 1} was reserved but never written`)
      offsets.push(length)
      push(Buffer.from(`${index + 1} 0 obj\n${serialize(object.dict as PdfValue)}\n`, 'latin1'))
      if (object.stream) {
        push(Buffer.from('stream\n', 'latin1'))
        push(Buffer.from(object.stream.buffer, object.stream.byteOffset, object.stream.byteLength))
        push(Buffer.from('\nendstream\n', 'latin1'))
      }
      push(Buffer.from('endobj\n', 'latin1'))
    })
    const xref = length
    let table = `xref\n0 ${this.objects.length + 1}\n0000000000 65535 f \n`
    for (const offset of offsets) table += `${String(offset).padStart(10, '0')} 00000 n \n`
    const trailer = serialize({ Size: this.objects.length + 1, Root: catalog, Info: info, ID: [new Raw(`<${id}>`), new Raw(`<${id}>`)] })
    push(Buffer.from(`${table}trailer\n${trailer}\nstartxref\n${xref}\n%%EOF\n`, 'latin1'))
    return Buffer.concat(chunks, length)
  }
}

/** A date as PDF writes it: D:20261130164500Z. */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`
}
