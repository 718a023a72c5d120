// Draws each indicator chart from the JSON in its data-chart attribute. The same data is always in the table below the
// chart, so nothing depends on this script or on seeing colours.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = [{ label: data.name, data: data.values, borderColor: '#1d70b8', backgroundColor: '#1d70b8', pointStyle: 'circle', pointRadius: 5 }];
    if (data.baseline !== undefined) {
      datasets.push({ label: canvas.getAttribute('data-baseline-label'), data: data.labels.map(function () { return data.baseline; }),
        borderColor: '#505a5f', borderDash: [6, 4], pointRadius: 0 });
    }
    if (data.target !== undefined) {
      datasets.push({ label: canvas.getAttribute('data-target-label'), data: data.labels.map(function () { return data.target; }),
        borderColor: '#00703c', borderDash: [2, 2], pointRadius: 0 });
    }
    new Chart(canvas, { type: 'line', data: { labels: data.labels, datasets: datasets },
      options: { animation: false, responsive: true, scales: { y: { beginAtZero: true } } } });
  });
})();
