import Conf, { type Options } from 'conf'

export interface JsonFileOptions {
  /** Folder of the file; created when missing. */
  dir: string
  /** File name without `.json`. */
  name: string
}

export type JsonFile<T extends Record<string, unknown>> = Conf<T>

/**
 * Opens one JSON file through electron-store's engine (conf): atomic writes (temporary file,
 * fsync, rename) and owner-only permissions, because the files hold health and family details.
 * The app opens files with electron-store itself; tests, benchmarks and the command line use conf.
 */
export type OpenJsonFile = <T extends Record<string, unknown>>(options: JsonFileOptions) => JsonFile<T>

export const jsonFileOptions = {
  configFileMode: 0o600,
  accessPropertiesByDotNotation: false,
  clearInvalidConfig: false,
} as const satisfies Partial<Options<Record<string, unknown>>>

export const openConfFile: OpenJsonFile = <T extends Record<string, unknown>>({ dir, name }: JsonFileOptions) =>
  new Conf<T>({ ...jsonFileOptions, cwd: dir, configName: name })
