// Search box suggestions: fills the input's <datalist> from /search/suggest as the buyer types.
// Without JavaScript the box is a plain search form. Also submits the sort form when its select changes.
(function () {
  "use strict";
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var lastAsked = "";
    var controller = null;
    if (!list) {
      return;
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var typed = input.value.trim();
        if (typed.length < 1 || typed === lastAsked) {
          return;
        }
        lastAsked = typed;
        if (controller) {
          controller.abort();
        }
        controller = new AbortController();
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(typed), {
          headers: { Accept: "application/json" },
          signal: controller.signal
        })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (titles) {
            list.replaceChildren();
            titles.forEach(function (title) {
              var option = document.createElement("option");
              option.value = title;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are a nicety: typing and searching still work */ });
      }, 150);
    });
  });
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
})();
