// Draws each indicator chart from the JSON in its data-chart attribute. The same data (baseline, measurements, target,
// unit) is always in the table below the chart, so nothing depends on this script or on seeing colours. The plot keeps
// the height of its box (.ic-chart__plot) at any width, and the axis shows the dates in the page's language.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var language = document.documentElement.lang || undefined;
  var dates = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  var numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  // ISO dates (yyyy-MM-dd) as the page's language writes them: "3 Dec 2026", "3 dec. 2026"
  function localDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return parts ? dates.format(new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3]))) : iso;
  }
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = [{ label: data.name, data: data.values, borderColor: '#1d70b8', backgroundColor: '#1d70b8', pointStyle: 'circle', pointRadius: 5 }];
    if (data.baseline !== undefined) {
      datasets.push({ label: canvas.getAttribute('data-baseline-label'), data: data.labels.map(function () { return data.baseline; }),
        borderColor: '#505a5f', backgroundColor: '#505a5f', borderDash: [6, 4], pointRadius: 0 });
    }
    if (data.target !== undefined) {
      datasets.push({ label: canvas.getAttribute('data-target-label'), data: data.labels.map(function () { return data.target; }),
        borderColor: '#00703c', backgroundColor: '#00703c', borderDash: [2, 2], pointRadius: 0 });
    }
    new Chart(canvas, { type: 'line', data: { labels: data.labels.map(localDate), datasets: datasets },
      options: { animation: false, responsive: true, maintainAspectRatio: false, locale: language,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 24 } } },
        scales: { x: { ticks: { autoSkip: true, maxRotation: 45 } },
          y: { beginAtZero: true, ticks: { callback: function (value) { return numbers.format(value); } } } } } });
  });
})();
