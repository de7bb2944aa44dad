// On the payment page: asks every 10 seconds whether the shops have confirmed the payment, then shows the order.
(function () {
  "use strict";
  var el = document.getElementById("payment-watch");
  if (!el || !window.fetch) {
    return;
  }
  function check() {
    fetch(el.dataset.state, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (state && state.awaitingPayment === false) {
          window.location.assign(el.dataset.done);
        } else {
          setTimeout(check, 10000);
        }
      })
      .catch(function () { setTimeout(check, 30000); });
  }
  setTimeout(check, 10000);
})();
