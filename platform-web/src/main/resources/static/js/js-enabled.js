// Runs first thing in <body> (a file, not inline: the Content-Security-Policy allows scripts from this site only).
// GOV.UK Frontend styles its components for JavaScript only when the body says scripts run and are supported.
// ic-nav-folding folds the service navigation behind its Menu button from the first paint (platform.css, phone
// width only), so the page does not move up when GOV.UK Frontend's script folds it later (a layout shift). It holds
// only until that script has taken over (platform.js removes it) or has failed: a script of this site that fails to
// load, or none that took over within 8 seconds, unfolds the list again, so the menu is never a button that opens
// nothing.
(function () {
  var body = document.body
  var supported = 'noModule' in HTMLScriptElement.prototype
  body.className += ' js-enabled' + (supported ? ' govuk-frontend-supported ic-nav-folding' : '')
  if (!supported) {
    return
  }
  var unfold = function () { body.classList.remove('ic-nav-folding') }
  window.addEventListener('error', function (event) {
    if (event.target && event.target.tagName === 'SCRIPT') {
      unfold()
    }
  }, true)
  window.setTimeout(unfold, 8000)
})()
