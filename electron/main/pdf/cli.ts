// `npm run pdf -- dossier.json out.pdf [--summary] [--large]`: the plan without the app, for
// advocates who keep dossier files and for tests. Reads a dossier file as the app stores it
// (or a bare dossier), writes the PDF, and says plainly what is wrong with a bad file.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { ServiceError } from '../../contract/errors'
import { decodeRecord, isLocked, RECORD_FORMAT } from '../dossiers/record'
import { DossierFormatError, migrateDossier } from '../../../domain/dossier/migrations'
import { Dossier } from '../../../domain/dossier/schema'
import { createMainI18n } from '../i18n'
import { renderPlan } from './plan'

const here = path.dirname(fileURLToPath(import.meta.url))
// Built, this runs from out/main/; from source (tests), from electron/main/pdf/.
const fontsDir = [path.resolve(here, '../../assets/fonts'), path.resolve(here, '../../../assets/fonts')].find((dir) => fs.existsSync(dir)) ?? ''

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message)
  }
}

/** A dossier from a file: the app's own record format, or a bare dossier object. */
export function readDossierFile(file: string, t: (key: string, options?: Record<string, unknown>) => string): Dossier {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    throw new CliError(t('cli.notFound', { file }), 2)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new CliError(t('cli.notJson', { file }), 2)
  }
  try {
    if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === RECORD_FORMAT) {
      const decoded = decodeRecord(raw)
      if (isLocked(decoded)) throw new CliError(t('cli.locked', { file }), 2)
      return decoded
    }
    return Dossier.parse(migrateDossier(raw))
  } catch (error) {
    if (error instanceof CliError) throw error
    if ((error instanceof ServiceError || error instanceof DossierFormatError) && error.code === 'newer-version')
      throw new CliError(t('cli.newerVersion', { file }), 2)
    if (typeof raw !== 'object' || raw === null || !('schemaVersion' in raw || 'format' in raw)) {
      throw new CliError(t('cli.notDossier', { file, reason: t('cli.reasonNotADossier') }), 2)
    }
    const reason = error instanceof z.ZodError ? z.prettifyError(error).split('\n').slice(0, 4).join('; ') : (error as Error).message
    throw new CliError(t('cli.notDossier', { file, reason: reason.slice(0, 300) }), 2)
  }
}

export async function runCli(args: string[], language: 'nl' | 'en' = 'nl'): Promise<string> {
  const t = createMainI18n(language).getFixedT(language, 'pdf')
  const flags = new Set(args.filter((arg) => arg.startsWith('--')))
  const [input, output, ...rest] = args.filter((arg) => !arg.startsWith('--'))
  const unknownFlag = [...flags].some((flag) => !['--summary', '--large'].includes(flag))
  if (!input || !output || rest.length > 0 || unknownFlag) throw new CliError(t('cli.usage'), 1)
  const dossier = readDossierFile(input, (key, options) => String(t(key, options as never)))
  const { pdf, pages } = renderPlan(dossier, { variant: flags.has('--summary') ? 'summary' : 'full', largePrint: flags.has('--large'), fontsDir })
  try {
    fs.writeFileSync(output, pdf)
  } catch (error) {
    throw new CliError(t('cli.cannotWrite', { file: output, reason: (error as Error).message }), 3)
  }
  return t('cli.done', { file: output, count: pages, size: Math.round(pdf.length / 1024) })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const language = (process.env.LANG ?? '').startsWith('en') ? 'en' : 'nl'
  runCli(process.argv.slice(2), language).then(
    (message) => console.log(message),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error))
      process.exitCode = error instanceof CliError ? error.exitCode : 4
    },
  )
}
