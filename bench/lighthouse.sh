#!/bin/sh
# Lighthouse (mobile preset, its default) on the public pages issue #14 names, against a running platform:
#   ./platform run            # or the jar with --platform.demo-data=true
#   bench/lighthouse.sh [base URL, default http://localhost:8080] [output folder, default bench/lighthouse]
# Needs Node and Debian's chromium; Lighthouse is the one pinned in platform-web/tools/lighthouse (installed there by
# ./platform test, or: (cd platform-web/tools/lighthouse && npm ci)), else npx fetches that version. One row per page.
set -eu
base=${1:-http://localhost:8080}
out=${2:-bench/lighthouse}
mkdir -p "$out"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
tools=$(dirname "$0")/../platform-web/tools/lighthouse
if [ -x "$tools/node_modules/.bin/lighthouse" ]; then
  lighthouse=$(cd "$tools" && pwd)/node_modules/.bin/lighthouse
else
  lighthouse="npx --yes lighthouse@$(sed -n 's/.*"lighthouse": "\(.*\)".*/\1/p' "$tools/package.json")"
fi
city=$(curl -fsS "$base/cities" | grep -o 'href="/cities/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
practice=$(curl -fsS "$base/practices" | grep -o 'href="/practices/[0-9a-f]*"' | head -1 | cut -d'"' -f2)
printf '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |\n|---|---:|---:|---:|---:|---:|---:|---:|\n'
for page in / /cities "$city" "/practices?q=recovery" "$practice" /events; do
  name=$(printf '%s' "$page" | tr -c 'a-z0-9' '_')
  $lighthouse "$base$page" --quiet --output=json --output-path="$out/$name.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync" \
    >/dev/null 2>&1 || { echo "| $page | lighthouse failed |"; continue; }
  node -e '
    const r = require(process.argv[1]); const c = r.categories, a = r.audits;
    const s = k => Math.round(c[k].score * 100);
    console.log(`| ${process.argv[2]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} | ` +
      `${a["largest-contentful-paint"].displayValue} | ${a["total-blocking-time"].displayValue} | ${a["cumulative-layout-shift"].displayValue} |`);
  ' "$(cd "$out" && pwd)/$name.json" "$page"
done
