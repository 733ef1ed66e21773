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

  // The site's words (assets/words.js, in the map's language); English on
  // a page without them, such as the one served before any good build.
  var WORDS = window.touchmapWords || { lang: "en", messages: {} };
  var ENGLISH = {
    "live-errors": { sel: "count", one: "touchmap: the map has {count} error", other: "touchmap: the map has {count} errors" },
    "live-showing-last-good": { other: "— showing the last good version of this page" },
    "live-appears-when-fixed": { other: "— the site appears once they are fixed" },
    "live-folder-gone": { other: "touchmap: the map folder {folder} is gone" },
    "live-folder-gone-detail": {
      other: "It was removed or moved away. Once a folder is back at that path, touchmap builds the site from it and this page reloads."
    }
  };

  function t(id, args) {
    var m = WORDS.messages[id] || ENGLISH[id];
    var form = m.other;
    if (m.sel && window.Intl && Intl.PluralRules) {
      form = m[new Intl.PluralRules(WORDS.lang).select(args[m.sel])] || m.other;
    }
    return form.replace(/\{(\w+)\}/g, function (slot, name) {
      return args && args[name] !== undefined ? String(args[name]) : slot;
    });
  }

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
    head.textContent = t("live-errors", { count: errors.length }) + " " +
      t(pageVersion > 0 ? "live-showing-last-good" : "live-appears-when-fixed");
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
    head.textContent = t("live-folder-gone", { folder: folder }) +
      (pageVersion > 0 ? " " + t("live-showing-last-good") : "");
    overlay.appendChild(head);
    var more = document.createElement("p");
    more.style.cssText = "margin:.5rem 0 0";
    more.textContent = t("live-folder-gone-detail");
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
