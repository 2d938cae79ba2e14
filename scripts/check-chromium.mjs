// The end-to-end tests drive a real Chromium with the built extension loaded. Branded Chrome
// ignores --load-extension and Playwright's own browser download is not needed: Debian's
// Chromium is what the tests use. Say how to get it rather than fail obscurely.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`
No Chromium found at ${path}. The end-to-end tests load the extension into Chromium.
  Debian / Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  Elsewhere:        set CHROMIUM_PATH to a Chromium (not branded Chrome) binary.
`);
  process.exit(1);
}
