// The "share" button of a PromptPay card (checkout/qr-card.html): a buyer with one phone cannot scan their own screen,
// so the QR image goes to the banking app through the phone's share sheet. The button stays hidden where the browser
// cannot share files; the "save QR image" link beside it works everywhere.
(function () {
  "use strict";
  if (!navigator.share || !navigator.canShare || typeof File !== "function") {
    return;
  }
  var probe = new File([new Uint8Array(1)], "qr.png", { type: "image/png" });
  if (!navigator.canShare({ files: [probe] })) {
    return;
  }

  function bytesOf(link) {
    var href = link.getAttribute("href");
    if (href.indexOf("data:") === 0) {
      // an inline code (outlets' purchase orders): decode it here, fetching a data: address is not allowed
      var binary = atob(href.substring(href.indexOf(",") + 1));
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
      }
      return Promise.resolve(new Blob([bytes], { type: "image/png" }));
    }
    return fetch(href, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) {
        throw new Error("QR image: " + response.status);
      }
      return response.blob();
    });
  }

  document.querySelectorAll("button.qr-share[data-save]").forEach(function (button) {
    var link = document.getElementById(button.dataset.save);
    if (!link) {
      return;
    }
    // read the image before the tap: some browsers only open the share sheet straight from the tap itself
    bytesOf(link)
      .then(function (blob) {
        var file = new File([blob], link.getAttribute("download") || "promptpay.png", { type: "image/png" });
        if (!navigator.canShare({ files: [file] })) {
          return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
          navigator
            .share({ files: [file], title: button.dataset.title || "", text: button.dataset.text || "" })
            .catch(function () {
              // cancelled by the buyer, or the share sheet failed: the save link is still there
            });
        });
      })
      .catch(function () {
        // no image to share: the button stays hidden
      });
  });
})();
