// Search page enhancements. The page works without this file: the form is a plain GET.
// 1. Results as you type: after a pause, the same page is fetched with the words so far
//    and its results section replaces this one (announced politely by aria-live).
// 2. "Near me": fills the hidden lat/lon fields from the browser and searches.
// 3. A followed result goes through the click counter (data-follow), which sends the
//    reader on to it: editors see which results answer which questions. Without this file
//    links go straight to the result and nothing is counted.
(function () {
  "use strict";
  var form = document.querySelector("form.search-form");
  if (!form) {
    return;
  }
  var box = form.querySelector("#q");
  var results = document.getElementById(form.dataset.results);
  var timer = null;
  var asked = 0;
  function refresh() {
    var params = new URLSearchParams(new FormData(form));
    var url = form.action + "?" + params.toString();
    var mine = ++asked;
    fetch(url, { headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        if (mine !== asked) {
          return;
        }
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.getElementById(form.dataset.results);
        if (fresh && results) {
          results.replaceChildren.apply(results, Array.prototype.slice.call(fresh.childNodes));
          history.replaceState(null, "", url);
        }
      })
      .catch(function () { /* the form still works: submitting reloads the page */ });
  }
  if (box && results && window.fetch && window.DOMParser) {
    box.addEventListener("input", function () {
      clearTimeout(timer);
      if (box.value.trim().length < 2) {
        return;
      }
      timer = setTimeout(refresh, 250);
    });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-follow]");
    if (link) {
      link.href = link.dataset.follow;
    }
  });
  var button = document.getElementById("search-position");
  if (button && "geolocation" in navigator) {
    button.hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        form.querySelector("[data-geo=lat]").value = position.coords.latitude.toFixed(5);
        form.querySelector("[data-geo=lon]").value = position.coords.longitude.toFixed(5);
        form.submit();
      }, function () {
        button.disabled = false;
      }, { timeout: 10000, maximumAge: 300000 });
    });
  }
})();
