// Progressive enhancement of the listing page: autosave of the form (a dropped connection loses
// nothing), and photo uploads one file after another with a progress bar. Without JavaScript the
// forms still post normally.
(function () {
  "use strict";
  var thai = (document.documentElement.lang || "th") === "th";
  var text = {
    saved: thai ? "บันทึกอัตโนมัติแล้ว" : "Saved automatically",
    offline: thai ? "ยังไม่ได้บันทึก: เก็บไว้ในเครื่องนี้ จะลองใหม่เมื่อออนไลน์" : "Not saved yet: kept on this phone, will retry when online",
    invalid: thai ? "ยังไม่ได้บันทึก: ตรวจสอบช่องที่มีเครื่องหมาย" : "Not saved yet: check the marked fields"
  };

  function csrf(form) {
    var field = form.querySelector("input[name=csrfToken]");
    return form.getAttribute("data-csrf") || (field ? field.value : "");
  }

  function fields(form) {
    var data = {};
    new FormData(form).forEach(function (value, name) {
      if (name !== "csrfToken") { data[name] = String(value); }
    });
    return data;
  }

  var form = document.getElementById("listing-form");
  var status = document.getElementById("autosave-status");
  if (form) {
    var url = form.getAttribute("data-autosave");
    var key = "otop-listing-draft:" + (url || "new");
    // bring back what was typed before a dropped connection or a closed tab
    try {
      var kept = JSON.parse(window.localStorage.getItem(key) || "null");
      if (kept) {
        Object.keys(kept).forEach(function (name) {
          var input = form.elements[name];
          if (input && !input.value) { input.value = kept[name]; }
        });
      }
    } catch (e) { /* storage unavailable: nothing to restore */ }
    var timer = null;
    var save = function () {
      var data = fields(form);
      try { window.localStorage.setItem(key, JSON.stringify(data)); } catch (e) { /* full or private mode */ }
      if (!url) { return; }
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-TOKEN": csrf(form) },
        body: JSON.stringify(data)
      }).then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      }).then(function (result) {
        Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (el) { el.removeAttribute("aria-invalid"); });
        if (result.ok) {
          status.textContent = text.saved;
          try { window.localStorage.removeItem(key); } catch (e) { /* ignore */ }
        } else {
          Object.keys(result.body.errors || {}).forEach(function (name) {
            var input = form.elements[name];
            if (input) { input.setAttribute("aria-invalid", "true"); }
          });
          status.textContent = text.invalid;
        }
      }).catch(function () { status.textContent = text.offline; });
    };
    form.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 1500);
    });
    form.addEventListener("submit", function () {
      try { window.localStorage.removeItem(key); } catch (e) { /* ignore */ }
    });
    window.addEventListener("online", save);
  }

  var photoForm = document.getElementById("photo-form");
  if (photoForm) {
    var input = document.getElementById("photo");
    var bar = document.getElementById("photo-progress");
    var photoStatus = document.getElementById("photo-status");
    var photoError = document.getElementById("photo-upload-error");
    var maxBytes = Number(input.getAttribute("data-max-bytes")) || Infinity;
    var say = function (name, a, b) {
      return (input.getAttribute("data-" + name) || "").replace("{0}", a).replace("{1}", b);
    };
    // a rejected file's message replaces the progress bar: never an error under a full bar
    var fail = function (message) {
      bar.hidden = true;
      photoStatus.textContent = "";
      photoError.textContent = message;
      photoError.hidden = false;
    };
    photoForm.addEventListener("submit", function (event) {
      if (!input.files || input.files.length === 0 || !window.XMLHttpRequest || !window.FormData) { return; }
      event.preventDefault();
      photoError.hidden = true;
      var files = Array.prototype.slice.call(input.files);
      var action = photoForm.getAttribute("action");
      var send = function (index, file) {
        if (file.size > maxBytes) {
          fail(say("too-large"));
          return;
        }
        photoStatus.textContent = say("uploading", index + 1, files.length);
        bar.hidden = false;
        bar.value = 0;
        var request = new XMLHttpRequest();
        request.open("POST", action);
        // a slow village connection may take a while, but never hangs forever
        request.timeout = 180000;
        request.setRequestHeader("Accept", "application/json");
        request.setRequestHeader("X-CSRF-TOKEN", csrf(photoForm));
        request.upload.onprogress = function (e) {
          if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
        };
        request.onload = function () {
          if (request.status >= 200 && request.status < 300) {
            next(index + 1);
            return;
          }
          var message = "";
          try { message = JSON.parse(request.responseText).error || ""; } catch (e) { message = ""; }
          fail(say("failed") + " " + (message || request.status));
        };
        request.ontimeout = function () { fail(say("timeout")); };
        request.onerror = function () { fail(say("timeout")); };
        var data = new FormData();
        data.append("photo", file, file.name);
        request.send(data);
      };
      var next = function (index) {
        if (index >= files.length) {
          bar.hidden = true;
          photoStatus.textContent = say("done");
          window.location.reload();
          return;
        }
        smaller(files[index]).then(function (file) { send(index, file); });
      };
      next(0);
    });
  }

  // A camera photo (12 MP, 5-20 MB) made smaller on the phone before it travels: longest side 2560 px, JPEG at
  // quality 0.9, which the server's largest size (zoom) still fills. Small files and anything the browser cannot
  // decode are sent as they are; the server checks every file by its content either way.
  var LONGEST_SIDE = 2560;
  function smaller(file) {
    if (!/^image\/(jpeg|png|webp)$/.test(file.type) || file.size < 1024 * 1024
        || !window.createImageBitmap || !window.Promise) {
      return Promise.resolve(file);
    }
    return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (image) {
      var scale = Math.min(1, LONGEST_SIDE / Math.max(image.width, image.height));
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(image.width * scale);
      canvas.height = Math.round(image.height * scale);
      canvas.getContext("2d").drawImage(image, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          resolve(blob && blob.size < file.size
              ? new File([blob], file.name.replace(/\.[^.]*$/, "") + ".jpg", { type: "image/jpeg" })
              : file);
        }, "image/jpeg", 0.9);
      });
    }).catch(function () { return file; });
  }
})();

// Drag-and-drop of photos with pointer events (mouse, touch and pen alike): the new order is saved in one
// request; when saving fails the page reloads so what is shown is what is stored.
(function () {
  "use strict";
  var list = document.getElementById("photo-list");
  if (!list || !window.fetch || list.children.length < 2) { return; }
  var thai = (document.documentElement.lang || "th") === "th";
  var status = document.getElementById("photo-order-status");
  var help = document.getElementById("photo-drag-help");
  if (help) { help.hidden = false; }
  list.classList.add("sortable");
  var dragged = null;
  var before = "";

  function order() {
    return Array.prototype.map.call(list.children, function (li) { return Number(li.getAttribute("data-photo-id")); });
  }

  list.addEventListener("pointerdown", function (event) {
    if (event.target.tagName !== "IMG") { return; }
    dragged = event.target.closest("li");
    dragged.classList.add("dragging");
    before = order().join();
    list.setPointerCapture(event.pointerId);
    event.preventDefault();
  });
  list.addEventListener("pointermove", function (event) {
    if (!dragged) { return; }
    var under = document.elementFromPoint(event.clientX, event.clientY);
    var target = under && under.closest ? under.closest("#photo-list > li") : null;
    if (!target || target === dragged) { return; }
    var box = target.getBoundingClientRect();
    var after = event.clientX > box.left + box.width / 2;
    list.insertBefore(dragged, after ? target.nextSibling : target);
  });
  var drop = function () {
    if (!dragged) { return; }
    dragged.classList.remove("dragging");
    dragged = null;
    if (order().join() === before) { return; }
    fetch(list.getAttribute("data-reorder"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-TOKEN": list.getAttribute("data-csrf") },
      body: JSON.stringify({ photoIds: order() })
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      // the up/down buttons and the cover label follow the new order after a reload
      status.textContent = thai ? "บันทึกลำดับรูปแล้ว" : "Photo order saved";
      window.location.reload();
    }).catch(function () { window.location.reload(); });
  };
  list.addEventListener("pointerup", drop);
  list.addEventListener("pointercancel", drop);
})();
