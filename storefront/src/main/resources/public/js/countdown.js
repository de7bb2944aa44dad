// Counts down to a payment deadline: <time class="countdown" data-deadline="2026-11-24T10:30:00Z" data-expired="...">
(function () {
  "use strict";
  document.querySelectorAll("time.countdown[data-deadline]").forEach(function (el) {
    var deadline = Date.parse(el.dataset.deadline);
    if (isNaN(deadline)) {
      return;
    }
    function tick() {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      if (left === 0) {
        el.textContent = el.dataset.expired || "0:00";
        return;
      }
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      el.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
      setTimeout(tick, 1000);
    }
    tick();
  });
})();
