// Debian's Chromium by default (no browser download is possible on a closed network);
// set PLAYWRIGHT_CHROMIUM_PATH='' to use Playwright's own browser on a machine that has it.
const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium'

export const chromiumLaunchOptions = {
  ...(chromiumPath && { executablePath: chromiumPath }),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
}
