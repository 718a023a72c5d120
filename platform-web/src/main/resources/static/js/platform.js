// GOV.UK Frontend's components. The page names the library's URL, fingerprinted by the resource chain, so a new
// version is fetched at once while the browser keeps the old one for a year (a fixed import path could not be).
const { initAll } = await import(document.querySelector('script[data-govuk-frontend]').dataset.govukFrontend)
initAll()
