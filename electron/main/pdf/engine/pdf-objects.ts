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

  /** A stream already compressed with Flate (a font subset kept from an earlier document). */
  addPacked(dict: PdfDict, packed: Uint8Array): Ref {
    const ref = this.reserve()
    this.objects[ref.id - 1] = { dict: { ...dict, Filter: name('FlateDecode'), Length: packed.length }, stream: packed }
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

  /**
   * The file, PDF 1.7 with object streams: the many small dictionaries (the structure tree's
   * elements above all) are packed together and compressed, and the cross-reference table is a
   * compressed stream too. Streams themselves stay as they are.
   */
  save(catalog: Ref, info: Ref, id: string): Uint8Array {
    const chunks: Buffer[] = []
    let length = 0
    const push = (chunk: Buffer) => {
      chunks.push(chunk)
      length += chunk.length
    }
    push(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'))
    // Where each object is: [type, field2, field3] of the cross-reference stream.
    const entries: [number, number, number][] = [[0, 0, 65535]]
    const packedIds: number[] = []
    this.objects.forEach((object, index) => {
      if (!object) throw new Error(`PDF object ${index + 1} was reserved but never written`)
      if (object.stream) {
        entries[index + 1] = [1, length, 0]
        push(Buffer.from(`${index + 1} 0 obj\n${serialize(object.dict as PdfValue)}\nstream\n`, 'latin1'))
        push(Buffer.from(object.stream.buffer, object.stream.byteOffset, object.stream.byteLength))
        push(Buffer.from('\nendstream\nendobj\n', 'latin1'))
      } else packedIds.push(index + 1)
    })
    // Object streams of at most 200 objects each (readers keep one stream in memory at a time).
    for (let start = 0; start < packedIds.length; start += 200) {
      const ids = packedIds.slice(start, start + 200)
      const streamId = this.objects.length + 1 + start / 200
      const bodies = ids.map((objectId) => serialize(this.objects[objectId - 1]?.dict as PdfValue))
      let offset = 0
      const header = ids
        .map((objectId, at) => {
          const entry = `${objectId} ${offset}`
          offset += (bodies[at] ?? '').length + 1
          return entry
        })
        .join(' ')
      ids.forEach((objectId, at) => (entries[objectId] = [2, streamId, at]))
      const data = deflateSync(Buffer.from(`${header}\n${bodies.join('\n')}\n`, 'latin1'), { level: 6 })
      entries[streamId] = [1, length, 0]
      push(
        Buffer.from(
          `${streamId} 0 obj\n${serialize({ Type: name('ObjStm'), N: ids.length, First: header.length + 1, Filter: name('FlateDecode'), Length: data.length })}\nstream\n`,
          'latin1',
        ),
      )
      push(data)
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'))
    }
    const xrefId = entries.length
    entries[xrefId] = [1, length, 0]
    const rows = Buffer.alloc(entries.length * 7)
    entries.forEach((entry, at) => {
      rows.writeUInt8(entry[0], at * 7)
      rows.writeUInt32BE(entry[1], at * 7 + 1)
      rows.writeUInt16BE(entry[2], at * 7 + 5)
    })
    const xref = deflateSync(rows)
    const trailer = serialize({
      Type: name('XRef'),
      Size: entries.length,
      W: [1, 4, 2],
      Root: catalog,
      Info: info,
      ID: [new Raw(`<${id}>`), new Raw(`<${id}>`)],
      Filter: name('FlateDecode'),
      Length: xref.length,
    })
    const startXref = length
    push(Buffer.from(`${xrefId} 0 obj\n${trailer}\nstream\n`, 'latin1'))
    push(xref)
    push(Buffer.from(`\nendstream\nendobj\nstartxref\n${startXref}\n%%EOF\n`, 'latin1'))
    return Buffer.concat(chunks, length)
  }
}

/** A date as PDF writes it: D:20261130164500Z. */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`
}
