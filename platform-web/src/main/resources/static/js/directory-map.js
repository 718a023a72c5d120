// The directory's map: progressive enhancement of the list. Without JavaScript, Leaflet or tiles the list
// stays the whole page; with them the map shows a marker per listed city of the current result page.
(function () {
  'use strict';
  var container = document.getElementById('directory-map');
  if (!container || typeof window.L === 'undefined') {
    return;
  }
  var items = Array.prototype.filter.call(document.querySelectorAll('.ic-directory__item'), function (item) {
    return item.dataset.lat && item.dataset.lng;
  });
  if (items.length === 0) {
    return;
  }
  container.hidden = false;
  var L = window.L;
  var map = L.map(container, { scrollWheelZoom: false });
  L.tileLayer(container.dataset.tileUrl, { attribution: container.dataset.attribution, maxZoom: 18 }).addTo(map);
  var bounds = [];
  items.forEach(function (item) {
    var position = [parseFloat(item.dataset.lat), parseFloat(item.dataset.lng)];
    var source = item.querySelector('a');
    var link = document.createElement('a');
    link.className = 'govuk-link';
    link.href = source.href;
    link.textContent = item.dataset.name;
    L.marker(position, { title: item.dataset.name, alt: item.dataset.name }).bindPopup(link).addTo(map);
    bounds.push(position);
  });
  map.fitBounds(bounds, { maxZoom: 10, padding: [24, 24] });
})();
