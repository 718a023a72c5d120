// GOV.UK Frontend's components. The page names the library's URL, fingerprinted by the resource chain, so a new
// version is fetched at once while the browser keeps the old one for a year (a fixed import path could not be).
// Once they run (or fail), the service navigation is theirs to fold: js-enabled.js's early fold is lifted.
try {
  const { initAll } = await import(document.querySelector('script[data-govuk-frontend]').dataset.govukFrontend)
  initAll()
} finally {
  document.body.classList.remove('ic-nav-folding')
}

