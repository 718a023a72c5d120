// The directory's map: progressive enhancement of the list. Without JavaScript, Leaflet or tiles the list stays the
// whole page, and tiles that fail to load take the map away again. With them the map shows every city matching the
// filters (read from the open-data API, data-source); if that cannot be read, the cities of the list on this page.
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

  /** A cluster's icon: a button named by its count ("Zoom in on 5 places"), at least 40 px wide. */
  function clusterIcon(cluster) {
    var count = cluster.getChildCount();
    var label = (container.dataset.clusterLabel || '{0}').replace('{0}', count);
    var html = document.createElement('div');
    var number = document.createElement('span');
    number.setAttribute('aria-hidden', 'true');
    number.textContent = count;
    var name = document.createElement('span');
    name.className = 'govuk-visually-hidden';
    name.textContent = label;
    html.appendChild(number);
    html.appendChild(name);
    return L.divIcon({ html: html, className: 'ic-map-cluster', iconSize: L.point(40, 40) });
  }

  function draw(cities) {
    if (cities.length === 0) {
      return;
    }
    container.hidden = false;
    var map = L.map(container, { scrollWheelZoom: false });
    var tiles = L.tileLayer(container.dataset.tileUrl, { attribution: container.dataset.attribution, maxZoom: 18 });
    var loaded = false;
    tiles.on('tileload', function () {
      loaded = true;
    });
    // tiles that cannot load leave pins on a grey box: without any tile the map goes away and the list is the page;
    // so it does when no tile has come within the wait (data-tile-wait, ms), as from a tile server that hangs
    function giveWay(reason) {
      if (!loaded && !container.hidden) {
        map.remove();
        container.hidden = true;
        container.setAttribute('data-tiles', reason);
      }
    }
    tiles.on('tileerror', function () {
      giveWay('failed');
    });
    window.setTimeout(function () {
      giveWay('unanswered');
    }, parseInt(container.dataset.tileWait, 10) || 10000);
    tiles.addTo(map);
    // pins close together become one cluster, so no two touch targets overlap at any zoom (WCAG 2.2 2.5.8)
    var pins = L.markerClusterGroup ? L.markerClusterGroup({ iconCreateFunction: clusterIcon, showCoverageOnHover: false })
      : L.layerGroup();
    var bounds = cities.map(function (city) {
      var link = document.createElement('a');
      link.className = 'govuk-link';
      link.href = city.href;
      link.textContent = city.name;
      var position = [city.latitude, city.longitude];
      pins.addLayer(L.marker(position, { title: city.name, alt: city.name }).bindPopup(link));
      return position;
    });
    pins.addTo(map);
    map.fitBounds(bounds, { maxZoom: 10, padding: [24, 24] });
  }

  var source = container.dataset.source;
  var cities = source && window.fetch ? fromApi(source, [], 1) : Promise.reject(new Error('no source'));
  cities.catch(fromList).then(draw).catch(function () {
    container.hidden = true;
  });
})();
