// Debian's Chromium with every background service that would phone home switched off: the browser tests assert
// no request leaves localhost, and the site bench measures only the page. No vitest here: the bench imports it.
export const CHROMIUM_PATH = '/usr/bin/chromium'

export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
