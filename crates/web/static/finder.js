// Desk finder enhancements. The page works without this file: the list is the primary view.
// 1. "Use my position": fills the hidden lat/lon fields from the browser and searches.
// 2. The map: the desks of the current search as circle markers, each linking to its page.
(function () {
  "use strict";
  var form = document.querySelector("form.finder");
  var button = document.getElementById("use-position");
  if (form && button && "geolocation" in navigator) {
    button.hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        form.querySelector("[data-geo=lat]").value = position.coords.latitude.toFixed(5);
        form.querySelector("[data-geo=lon]").value = position.coords.longitude.toFixed(5);
        form.querySelector("#near").value = "";
        form.submit();
      }, function () {
        button.disabled = false;
        form.querySelector("#near").focus();
      }, { timeout: 10000, maximumAge: 300000 });
    });
  }

  var box = document.getElementById("finder-map");
  if (!box || typeof L === "undefined") {
    return;
  }
  fetch(box.dataset.geojson, { headers: { Accept: "application/geo+json" } })
    .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
    .then(function (data) {
      if (!data.features || data.features.length === 0) {
        return;
      }
      box.hidden = false;
      var map = L.map(box, { scrollWheelZoom: false });
      L.tileLayer(box.dataset.tiles, { maxZoom: 18, attribution: box.dataset.attribution }).addTo(map);
      var bounds = [];
      data.features.forEach(function (feature) {
        var c = feature.geometry.coordinates;
        var link = document.createElement("a");
        link.href = "/" + box.dataset.lang + "/sportelli/" + encodeURIComponent(feature.properties.slug);
        link.textContent = feature.properties.name;
        var marker = L.circleMarker([c[1], c[0]], {
          radius: feature.properties.level === "l1" ? 6 : 9,
          className: "marker level-" + feature.properties.level
        });
        marker.bindPopup(link);
        marker.addTo(map);
        bounds.push([c[1], c[0]]);
      });
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    })
    .catch(function () { box.hidden = true; });
})();
