// On the card payment page: mounts Stripe's Payment Element (card or PromptPay) and confirms the payment in the
// browser, so card numbers go to Stripe only. Everything comes from the form's data-attributes; Stripe then sends the
// buyer to the return address, whose page tells what our own records say.
(function () {
  "use strict";
  var form = document.getElementById("stripe-payment");
  if (!form || typeof window.Stripe !== "function") {
    return;
  }
  var stripe = window.Stripe(form.dataset.publishableKey, { locale: document.documentElement.lang || "auto" });
  var elements = stripe.elements({ clientSecret: form.dataset.clientSecret });
  elements.create("payment").mount("#payment-element");
  form.hidden = false;
  var message = document.getElementById("payment-message");
  var button = form.querySelector("button[type=submit]");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    button.disabled = true;
    message.textContent = "";
    stripe.confirmPayment({ elements: elements, confirmParams: { return_url: form.dataset.returnUrl } })
      .then(function (result) {
        // reached only when Stripe did not send the buyer on: a declined card, a field left incomplete
        if (result.error) {
          message.textContent = result.error.message;
          button.disabled = false;
        }
      });
  });
})();
