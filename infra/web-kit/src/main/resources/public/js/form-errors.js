// After a form comes back with errors, take the reader to the first one: scrolled into view and focused (the field
// itself when the error belongs to one), so on a phone nobody has to hunt for what to fix.
(function () {
  "use strict";
  var first = document.querySelector('[aria-invalid="true"], .error[id$="-error"], .error-summary');
  if (!first) { return; }
  var target = first;
  if (first.matches('.error[id$="-error"]')) {
    var id = first.id.replace(/-error$/, "");
    target = document.getElementById(id) || document.getElementsByName(id)[0] || first;
  }
  if (!target.matches("input, select, textarea, button, a[href]") && !target.hasAttribute("tabindex")) {
    target.setAttribute("tabindex", "-1");
  }
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
})();
