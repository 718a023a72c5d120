// The routing run's page (admin/accreditation/routing/{id}): while the run routes, fetch the page every two seconds
// and put its status region in place of this one (screen readers hear the change: aria-live="polite"); once the run
// is over, the page shows its outcome, so load it. Without this script the "Check progress" button does the same.
(function () {
  var status = document.getElementById('routing-status');
  if (!status || status.getAttribute('data-state') === 'FAILED') {
    return;
  }
  var url = window.location.pathname;
  function check() {
    fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html').getElementById('routing-status');
        var state = next ? next.getAttribute('data-state') : 'DONE';
        if (!next || state === 'FAILED' || state !== status.getAttribute('data-state')) {
          window.location.replace(url);
          return;
        }
        if (next.textContent !== status.textContent) {
          status.innerHTML = next.innerHTML;
        }
        window.setTimeout(check, 2000);
      })
      .catch(function () { window.setTimeout(check, 5000); });
  }
  window.setTimeout(check, 2000);
})();
