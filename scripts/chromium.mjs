// Debian's Chromium, as every browser-driving tool in the workspace launches it:
// headless, no sandbox (containers), no GPU, and nothing in the background that
// would reach for a network these machines do not have. No tool downloads a browser.

/** Where Chromium is: `$CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every launch uses. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
