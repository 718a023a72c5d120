// Long checkbox lists (a fieldset marked data-ic-filter, e.g. some thirty languages) get a field that narrows the list
// as one types, letters compared without case or accents; ticked boxes stay in view, and a polite status says how
// many are shown. Without scripts the whole list shows, in its order.
const fold = text => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
for (const [n, fieldset] of [...document.querySelectorAll('fieldset[data-ic-filter]')].entries()) {
  const list = fieldset.querySelector('.govuk-checkboxes')
  if (list === null) {
    continue
  }
  const items = [...list.querySelectorAll('.govuk-checkboxes__item')]
  const field = document.createElement('div')
  field.className = 'govuk-form-group ic-filter'
  const label = document.createElement('label')
  label.className = 'govuk-label'
  label.htmlFor = `list-filter-${n}`
  label.textContent = fieldset.dataset.icFilter
  const input = document.createElement('input')
  input.className = 'govuk-input govuk-input--width-20'
  input.id = label.htmlFor
  input.type = 'search'
  input.autocomplete = 'off'
  input.spellcheck = false
  const status = document.createElement('div')
  status.className = 'govuk-hint ic-filter__status'
  status.id = `${input.id}-status`
  status.setAttribute('aria-live', 'polite')
  input.setAttribute('aria-describedby', status.id)
  const narrow = () => {
    const wanted = fold(input.value.trim())
    let shown = 0
    for (const item of items) {
      const kept = wanted === '' || item.querySelector('input').checked || fold(item.textContent).includes(wanted)
      item.classList.toggle('ic-filtered-out', !kept)
      shown += kept ? 1 : 0
    }
    status.textContent = wanted === '' ? '' : fieldset.dataset.icFilterShown.replace('{0}', shown).replace('{1}', items.length)
  }
  input.addEventListener('input', narrow)
  // Enter in the field narrows the list; it does not send the form
  input.addEventListener('keydown', event => { if (event.key === 'Enter') { event.preventDefault() } })
  field.append(label, input, status)
  list.before(field)
}

// GOV.UK Frontend's components. The page names the library's URL, fingerprinted by the resource chain, so a new
// version is fetched at once while the browser keeps the old one for a year (a fixed import path could not be).
// Once they run (or fail), the service navigation is theirs to fold: js-enabled.js's early fold is lifted.
try {
  const { initAll } = await import(document.querySelector('script[data-govuk-frontend]').dataset.govukFrontend)
  initAll()
} finally {
  document.body.classList.remove('ic-nav-folding')
}

