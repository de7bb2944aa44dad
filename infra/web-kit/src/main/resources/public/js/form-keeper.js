// A form sent after its security token expired comes back as the page error/resubmit. With this script the person
// lands on the same form instead, with what they typed filled in again and a message asking them to press save once
// more (the form now carries a fresh token). Values stay in this tab's sessionStorage only from the press of a
// button to the next page; passwords and files are never kept.
(function () {
  "use strict";
  var KEY = "otop.form-keeper";
  var SKIPPED = ["password", "file", "hidden", "submit", "button", "reset", "image"];

  function read() {
    try { return JSON.parse(sessionStorage.getItem(KEY)); } catch (e) { return null; }
  }
  function write(entry) {
    try { sessionStorage.setItem(KEY, JSON.stringify(entry)); } catch (e) { /* storage full or off: no restore */ }
  }
  function path(url) { return new URL(url, location.href).pathname; }
  function here() { return location.pathname + location.search; }
  function postForms(action) {
    return Array.prototype.filter.call(document.forms, function (f) {
      return f.method === "post" && (action === undefined || path(f.action) === action);
    });
  }

  function fieldsOf(form) {
    var fields = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled || SKIPPED.indexOf(el.type) >= 0) { return; }
      if (el.type === "checkbox" || el.type === "radio") {
        fields.push({ name: el.name, value: el.value, checked: el.checked });
      } else if (el.type === "select-multiple") {
        fields.push({ name: el.name, values: Array.prototype.filter.call(el.options, function (o) { return o.selected; })
          .map(function (o) { return o.value; }) });
      } else {
        fields.push({ name: el.name, value: el.value });
      }
    });
    return fields;
  }

  function set(el, value) {
    el.value = value;
    el.dispatchEvent(new Event("change", { bubbles: true }));
  }

  // a list filled by script after an earlier choice (a district after its province) gets its value once the option
  // has arrived
  function setWhenPresent(el, value) {
    var has = function () {
      return Array.prototype.some.call(el.options, function (o) { return o.value === value; });
    };
    if (el.tagName !== "SELECT" || has()) { set(el, value); return; }
    var watch = new MutationObserver(function () {
      if (has()) { watch.disconnect(); set(el, value); }
    });
    watch.observe(el, { childList: true });
    setTimeout(function () { watch.disconnect(); }, 15000);
  }

  function fill(form, fields) {
    var seen = {};
    fields.forEach(function (field) {
      var all = Array.prototype.filter.call(form.elements, function (el) { return el.name === field.name; });
      if ("checked" in field) {
        all.forEach(function (el) { if (el.value === field.value) { el.checked = field.checked; } });
      } else if (field.values) {
        all.forEach(function (el) {
          Array.prototype.forEach.call(el.options, function (o) { o.selected = field.values.indexOf(o.value) >= 0; });
        });
      } else {
        // the n-th field of a name gets the n-th value: repeated rows keep their order
        var i = seen[field.name] || 0;
        seen[field.name] = i + 1;
        if (all[i]) { setWhenPresent(all[i], field.value); }
      }
    });
  }

  var entry = read();
  var resubmit = document.getElementById("resubmit-form");
  if (resubmit) {
    // the resubmit page: go back to the form the values came from, when this tab sent them from a page that a reload
    // shows again; otherwise the page's own "save again" button still sends them
    if (entry && entry.reloadable && entry.action === path(resubmit.action)) {
      entry.message = resubmit.getAttribute("data-restored");
      write(entry);
      location.replace(entry.page);
    }
    return;
  }
  sessionStorage.removeItem(KEY);
  if (entry && entry.message && entry.page === here()) {
    var form = postForms(entry.action)[entry.index];
    if (form) {
      fill(form, entry.fields);
      var note = document.createElement("p");
      note.className = "error";
      note.setAttribute("role", "alert");
      note.setAttribute("tabindex", "-1");
      note.textContent = entry.message;
      form.insertBefore(note, form.firstChild);
      note.scrollIntoView({ block: "center" });
      note.focus({ preventScroll: true });
    }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method !== "post") { return; }
    var action = path(form.action);
    write({
      page: here(),
      reloadable: document.body.getAttribute("data-reloadable") === "true",
      action: action,
      index: postForms(action).indexOf(form),
      fields: fieldsOf(form)
    });
  });
})();
