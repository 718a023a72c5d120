// The directory's map: progressive enhancement of the list. Without JavaScript, Leaflet or tiles the list
// stays the whole page. With them the map shows every city matching the filters (read from the open-data
// API, data-source); if that cannot be read, the cities of the list on this page (data-lat/data-lng).
(function () {
  'use strict';
  var container = document.getElementById('directory-map');
  if (!container || typeof window.L === 'undefined' || !container.dataset.tileUrl) {
    return;
  }
  var L = window.L;
  var MAX_PAGES = 20;

  function fromList() {
    return Array.prototype.filter.call(document.querySelectorAll('.ic-directory__item'), function (item) {
      return item.dataset.lat && item.dataset.lng;
    }).map(function (item) {
      return { name: item.dataset.name, latitude: parseFloat(item.dataset.lat), longitude: parseFloat(item.dataset.lng),
        href: item.querySelector('a').href };
    });
  }

  function fromApi(url, cities, pages) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error('directory API answered ' + response.status);
      }
      return response.json();
    }).then(function (body) {
      body.items.forEach(function (city) {
        if (city.latitude !== null && city.longitude !== null) {
          // items of other lists on the map (e.g. the events API) may carry their own title and url
          cities.push({ name: city.title || city.name, latitude: city.latitude, longitude: city.longitude,
            href: new URL(city.url || '/cities/' + encodeURIComponent(city.slug), window.location.href).href });
        }
      });
      return body.links.next && pages < MAX_PAGES ? fromApi(body.links.next, cities, pages + 1) : cities;
    });
  }

  function draw(cities) {
    if (cities.length === 0) {
      return;
    }
    container.hidden = false;
    var map = L.map(container, { scrollWheelZoom: false });
    L.tileLayer(container.dataset.tileUrl, { attribution: container.dataset.attribution, maxZoom: 18 }).addTo(map);
    var bounds = cities.map(function (city) {
      var link = document.createElement('a');
      link.className = 'govuk-link';
      link.href = city.href;
      link.textContent = city.name;
      var position = [city.latitude, city.longitude];
      L.marker(position, { title: city.name, alt: city.name }).bindPopup(link).addTo(map);
      return position;
    });
    map.fitBounds(bounds, { maxZoom: 10, padding: [24, 24] });
  }

  var source = container.dataset.source;
  var cities = source && window.fetch ? fromApi(source, [], 1) : Promise.reject(new Error('no source'));
  cities.catch(fromList).then(draw).catch(function () {
    container.hidden = true;
  });
})();
