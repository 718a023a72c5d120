// LighthouseIntegrationTest's runner: Lighthouse's default (mobile) preset, accessibility and best practices only,
// on each URL given, in one Node process against one Chromium that is already running (its DevTools port), so the
// pages cost one start of Lighthouse instead of one each. Writes <folder>/<n>.json, the report of the n-th URL.
//   node ci.mjs <DevTools port> <folder> <url>...
// Shorter quiet windows than the defaults (a page of this site is quiet within half a second; the defaults wait a
// full second for each) and no full-page screenshot: neither changes what the two categories audit.
import { writeFile } from 'node:fs/promises'
import lighthouse from 'lighthouse'

const [port, folder, ...urls] = process.argv.slice(2)
const config = {
  extends: 'lighthouse:default',
  settings: {
    onlyCategories: ['accessibility', 'best-practices'],
    disableFullPageScreenshot: true,
    pauseAfterFcpMs: 250,
    pauseAfterLoadMs: 250,
    networkQuietThresholdMs: 500,
    cpuQuietThresholdMs: 500
  }
}
for (const [n, url] of urls.entries()) {
  const result = await lighthouse(url, { port: Number(port), output: 'json', logLevel: 'error' }, config)
  if (!result) {
    throw new Error(`Lighthouse returned no result for ${url}`)
  }
  await writeFile(`${folder}/${n}.json`, result.report)
}
