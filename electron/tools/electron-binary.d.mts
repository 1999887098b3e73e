export function electronPackageDir(): string
export function platformExecutable(platform?: NodeJS.Platform | 'mas'): string
export function findElectronBinary(env?: NodeJS.ProcessEnv, packageDir?: string): string | undefined
export const MISSING_ELECTRON_MESSAGE: string
export function ensureElectronBinary(
  env?: NodeJS.ProcessEnv,
  packageDir?: string,
): { binary: string; error?: undefined } | { binary?: undefined; error: string; detail: string }
