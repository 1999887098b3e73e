import data from '../assets/data/municipalities.json' with { type: 'json' }

export interface Municipality {
  code: string
  name: string
}

/** All municipalities on 1 January of `municipalitySource.year` (CBS). */
export const municipalities: readonly Municipality[] = data.municipalities
export const municipalitySource = { year: data.year, source: data.source, url: data.sourceUrl }

const byCode = new Map(municipalities.map((municipality) => [municipality.code, municipality.name]))

export function municipalityName(code: string): string | undefined {
  return byCode.get(code)
}
