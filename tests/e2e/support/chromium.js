// Debian's Chromium (never a downloaded browser) and how the browser suites start it. One Chromium
// serves the whole run: the global setup starts it as a server and names its endpoint in
// E2E_BROWSER_WS; each file connects (a few milliseconds) where it used to start its own (seconds
// of CPU on the 2-core machine). Contexts keep the files apart (own cookies, storage and pages).
// CommonJS so that the global setup (plain Node) and the suites (TypeScript) share it.
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const ENDPOINT_VARIABLE = 'E2E_BROWSER_WS';

function launchServer() {
  return chromium.launchServer({ executablePath: CHROMIUM, args: ARGS });
}

/** The run's shared Chromium when the global setup started one; a browser of the file's own otherwise (a file run alone by hand). */
function launch() {
  const endpoint = process.env[ENDPOINT_VARIABLE];
  return endpoint ? chromium.connect(endpoint) : chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

module.exports = { CHROMIUM, ENDPOINT_VARIABLE, launch, launchServer };
