// On a payment page: asks every 10 seconds whether the payment was confirmed, then shows the order. Where the page
// names the payment status it shows (data-status), any change of it reloads the page too (a card refused meanwhile).
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
        if (state && (state.awaitingPayment === false || (el.dataset.status && state.paymentStatus !== el.dataset.status))) {
          window.location.assign(el.dataset.done);
        } else {
          setTimeout(check, 10000);
        }
      })
      .catch(function () { setTimeout(check, 30000); });
  }
  setTimeout(check, 10000);
})();
