// touchmap serve: live reload and the error overlay. Injected by `serve`
// only; a built site never carries it.
(function () {
  "use strict";
  var me = document.currentScript;
  var src = new URL(me.src, location.href);
  var pageVersion = Number(src.searchParams.get("v") || "0");
  var statusUrl = new URL("/__touchmap/status", src).href;
  var seen = -1;
  var overlay = null;

  function showOverlay() {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "touchmap-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText =
        "position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;z-index:2147483647;" +
        "background:#2b0b0b;color:#fff;border:2px solid #ff6b6b;border-radius:8px;padding:1rem 1.25rem;" +
        "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 8px 32px rgba(0,0,0,.5);" +
        "overflow-wrap:anywhere";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
  }

  function showErrors(errors) {
    showOverlay();
    var head = document.createElement("strong");
    // Version 0 is the page served before any good build: there is no
    // last good version of it to show.
    head.textContent = "touchmap: the map has " + errors.length + " error" + (errors.length === 1 ? "" : "s") +
      (pageVersion > 0 ? " — showing the last good version of this page" : " — the site appears once they are fixed");
    overlay.appendChild(head);
    var list = document.createElement("ul");
    list.style.cssText = "margin:.5rem 0 0;padding-left:1.25rem";
    errors.forEach(function (e) {
      var item = document.createElement("li");
      var where = document.createElement("span");
      where.className = "touchmap-location";
      where.style.cssText = "color:#ffb4b4";
      where.textContent = e.file + ":" + e.line + ":" + e.column;
      item.appendChild(where);
      item.appendChild(document.createTextNode(" " + e.message + (e.hint ? " (" + e.hint + ")" : "")));
      list.appendChild(item);
    });
    overlay.appendChild(list);
  }

  function showGone(folder) {
    showOverlay();
    var head = document.createElement("strong");
    head.textContent = "touchmap: the map folder " + folder + " is gone" +
      (pageVersion > 0 ? " — showing the last good version of this page" : "");
    overlay.appendChild(head);
    var more = document.createElement("p");
    more.style.cssText = "margin:.5rem 0 0";
    more.textContent = "It was removed or moved away. Once a folder is back at that path, " +
      "touchmap builds the site from it and this page reloads.";
    overlay.appendChild(more);
  }

  function hideErrors() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function poll() {
    fetch(statusUrl + "?since=" + seen, { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        seen = s.state;
        if (s.gone) {
          showGone(s.gone);
        } else if (s.errors.length > 0) {
          showErrors(s.errors);
        } else if (s.site !== pageVersion) {
          location.reload();
          return;
        } else {
          hideErrors();
        }
        poll();
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
