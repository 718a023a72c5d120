// Runs first thing in <body> (a file, not inline: the Content-Security-Policy allows scripts from this site only).
// GOV.UK Frontend styles its components for JavaScript only when the body says scripts run and are supported.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
