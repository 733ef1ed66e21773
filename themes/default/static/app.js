/* touchmap default theme: progressive enhancement.
 *
 * - Marks the page as scripted (<html class="js">), which reveals the map's
 *   filters and the search box.
 * - Map: filters cards by persona, channel mode, control, state and key
 *   priority, and counts what is shown per stage and channel; with a
 *   persona chosen, a card whose emotion differs by persona shows that
 *   persona's (its data-emotions); keeps filters, the colour mode and the
 *   view (overview or all cards) in the URL query
 *   (?persona=new-runner&mode=digital&colour=kpi&view=overview) so a shared
 *   link reproduces the view, one history entry per change (Back undoes it).
 * - Map overview: counts and colours each cell's tile again from the cards
 *   the filters leave (by the emotion each card shows, so per persona when
 *   one is chosen), opens a tile's cards over the map, and shows a
 *   crowded cell's first matching cards with "+N more".
 * - Charts: a chart frame that scrolls sideways can be focused and
 *   scrolled with the keyboard.
 * - Insights: filters the opportunity backlog by status and stage, kept
 *   in the URL query like the map's filters (?status=open&stage=decision).
 * - Navigation: scrolls the current entry into view on a narrow screen.
 * - Search: loads the search index and matches every query word.
 * - Journey: the emotion curve's legend shows and hides each persona.
 * - Print: opens folded <details> while printing.
 *
 * Everything works without this file: the map, its colour switch (CSS
 * :has()) and all pages are plain HTML.
 */
(function () {
  "use strict";

  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  function ready(fn) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn);
    } else {
      fn();
    }
  }

  /* Puts `params` in the address: as a new history entry when `push` (a
     change the user made, which Back should undo), else in place. */
  function setQuery(params, push) {
    var query = params.toString();
    var url = location.pathname + (query ? "?" + query : "") + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    try {
      if (push) history.pushState(null, "", url);
      else history.replaceState(history.state, "", url);
    } catch (e) {
      /* file:// or sandboxed frames may refuse; the view still works */
    }
  }

  function replaceQuery(params) {
    setQuery(params, false);
  }

  /* ------------------------------------------------------------- words */

  /* The site's words in the page's language: assets/words.js, which
     base.html loads before this script (touchmap resolves the theme's
     messages into it; one file the browser keeps for every page). A
     count's message has a pattern per plural category, chosen here by
     Intl.PluralRules; "{name}" slots take the arguments. */
  var WORDS = window.touchmapWords || { lang: "en", decimal: ".", messages: {} };
  var pluralRules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(WORDS.lang) : null;
  var numberFormat = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(WORDS.lang) : null;

  /* A whole count, grouped the language's way. */
  function fmtCount(n) {
    return numberFormat ? numberFormat.format(n) : String(n);
  }

  /* A decimal printed with a point ("2.7"), in the language's way ("2,7"). */
  function decimal(s) {
    return String(s).replace(".", WORDS.decimal);
  }

  /* Message `id` with `args` (numbers are counts, the rest text). */
  function t(id, args) {
    var m = WORDS.messages[id];
    if (!m) return id;
    args = args || {};
    var form = m.other;
    if (m.sel && pluralRules) form = m[pluralRules.select(args[m.sel])] || m.other;
    return form.replace(/\{(\w+)\}/g, function (slot, name) {
      var v = args[name];
      if (v === undefined) return slot;
      return typeof v === "number" ? fmtCount(v) : String(v);
    });
  }

  /* ------------------------------------------------------------- the map */

  var FILTERS = ["persona", "mode", "control", "state"];
  var COLOURS = ["emotion", "kpi", "value"];

  /* The touchpoints a crowded cell leaves to its page, read from its
     data-rest (one word each, PERSONAS~FLAGS~EMOTION~KPI~VALUE: see
     rest_data in src/render/views/overview/cell.rs), once. */
  function restOf(cell) {
    if (cell.touchmapRest) return cell.touchmapRest;
    var text = cell.getAttribute("data-rest") || "";
    cell.touchmapRest = text.split(" ").filter(Boolean).map(function (word) {
      var part = word.split("~");
      var emotion = (part[2] || "").split(",");
      var score = function (x) { return x === "" || x === undefined ? null : parseInt(x, 10); };
      var byPersona = {};
      emotion.slice(1).forEach(function (pair) {
        var kv = pair.split("=");
        byPersona[kv[0]] = score(kv[1]);
      });
      var flags = part[1] || "";
      return {
        everyone: part[0] === "*",
        personas: part[0] && part[0] !== "*" ? part[0].split(".") : [],
        key: flags.indexOf("k") >= 0,
        spontaneous: flags.indexOf("s") >= 0,
        planned: flags.indexOf("p") >= 0,
        emotion: score(emotion[0]),
        emotions: byPersona,
        kpi: part[3] || "",
        value: part[4] ? parseFloat(part[4]) : null
      };
    });
    return cell.touchmapRest;
  }

  /* Whether a touchpoint of data-rest passes the filters `f` (its mode is
     its row's); `at`: the chosen persona's position. It takes the emotion
     it has for that persona, as a card would show it. */
  function matchesRest(e, f, at) {
    if (f.persona && !e.everyone && e.personas.indexOf(at) < 0) return false;
    if (f.control && (f.control === "spontaneous") !== e.spontaneous) return false;
    if (f.state && (f.state === "planned") !== e.planned) return false;
    if (f.key && !e.key) return false;
    e.shownEmotion = f.persona && Object.prototype.hasOwnProperty.call(e.emotions, at)
      ? e.emotions[at] : e.emotion;
    return true;
  }

  /* The filters as a query (?persona=…&key=1), or "" with none. */
  function filterQuery(f) {
    var q = new URLSearchParams();
    FILTERS.forEach(function (n) {
      if (f[n]) q.set(n, f[n]);
    });
    if (f.key) q.set("key", "1");
    var text = q.toString();
    return text ? "?" + text : "";
  }

  function cardMatches(card, f) {
    var d = card.dataset;
    if (f.persona && d.allPersonas !== "true" &&
        (" " + (d.personas || "") + " ").indexOf(" " + f.persona + " ") < 0) return false;
    if (f.mode && d.mode !== f.mode) return false;
    if (f.control && d.control !== f.control) return false;
    if (f.state && d.state !== f.state) return false;
    if (f.key && d.priority !== "key") return false;
    return true;
  }

  /* A cell's page, reached from the map's "+N more" or a tile with the
     map's filters in its query: shows the cards they let through, and how
     many of all, with a link to all of them. */
  function initCellFilter() {
    var section = document.querySelector(".cell-page");
    var note = section && section.querySelector(".cell-filter");
    if (!note) return;
    var params = new URLSearchParams(location.search);
    var f = {};
    FILTERS.forEach(function (n) { f[n] = params.get(n) || ""; });
    f.key = params.get("key") === "1";
    if (!FILTERS.some(function (n) { return f[n]; }) && !f.key) return;
    var cards = Array.prototype.slice.call(section.querySelectorAll(".tp-card"));
    var shown = 0;
    cards.forEach(function (card) {
      var ok = cardMatches(card, f);
      card.hidden = !ok;
      if (ok) shown += 1;
    });
    note.querySelector(".cell-filter-count").textContent =
      t("filter-cell-matching", { shown: shown, total: cards.length });
    note.hidden = false;
  }

  function initMap() {
    var view = document.querySelector(".map-view");
    var form = view && view.querySelector("form.filters");
    if (!view || !form) return;

    var cards = Array.prototype.slice.call(view.querySelectorAll(".map-table .tp-card"));
    var cells = Array.prototype.slice.call(view.querySelectorAll(".map-table tbody td"));
    var rows = Array.prototype.slice.call(view.querySelectorAll(".map-table tbody tr"));
    var status = view.querySelector(".filter-status");
    var radios = Array.prototype.slice.call(view.querySelectorAll('input[name="colour"]'));
    var stageCounts = Array.prototype.slice.call(view.querySelectorAll(".map-table thead .stage-count"));
    var overview = initOverview(view);

    // Sets the filters and the colour mode from the URL (on load, and on
    // Back and Forward); what the URL leaves out is the default.
    function restore() {
      var params = new URLSearchParams(location.search);
      FILTERS.forEach(function (name) {
        var field = form.elements[name];
        if (!field) return;
        var value = params.get(name) || "";
        var known = Array.prototype.some.call(field.options, function (o) {
          return o.value === value;
        });
        field.value = known ? value : "";
      });
      if (form.elements.key) form.elements.key.checked = params.get("key") === "1";
      var colour = params.get("colour");
      if (COLOURS.indexOf(colour) < 0) colour = "emotion";
      radios.forEach(function (r) {
        r.checked = r.value === colour;
      });
      overview.restore(params);
    }

    /* "7 touchpoints", or with a filter "3 of 7 touchpoints". */
    function count(el, shown, total, active) {
      if (!el) return;
      if (!el.dataset.all) el.dataset.all = el.textContent;
      el.textContent = active ? t("count-touchpoints-of", { shown: shown, total: total }) : el.dataset.all;
    }

    function current() {
      var f = {};
      FILTERS.forEach(function (name) {
        f[name] = form.elements[name] ? form.elements[name].value : "";
      });
      f.key = form.elements.key ? form.elements.key.checked : false;
      return f;
    }

    /* The persona chosen, as its position in the filter's list: how a
       crowded cell's data-rest names personas. */
    function personaAt() {
      var field = form.elements.persona;
      return field && field.value ? String(field.selectedIndex - 1) : "";
    }

    var matches = cardMatches;

    /* A card whose emotion differs by persona (data-emotions, see the
       card's view) shows the emotion of `persona`, or with none chosen its
       overall one: its colour class, symbol and words. */
    function showEmotion(card, persona) {
      var views = card.touchmapEmotions;
      if (!views) {
        try {
          views = JSON.parse(card.dataset.emotions);
        } catch (e) {
          return;
        }
        card.touchmapEmotions = views;
      }
      var v = (persona && views.personas && views.personas[persona]) || views.all;
      if (!v) return;
      Array.prototype.slice.call(card.classList).forEach(function (c) {
        if (c.indexOf("emo-") === 0) card.classList.remove(c);
      });
      card.classList.add(v.class);
      var sym = card.querySelector(".sig-emo .sym");
      var words = card.querySelector(".sig-emo .sig-text");
      if (sym) sym.textContent = v.symbol;
      if (words) {
        words.textContent = " " + v.label;
        var hidden = document.createElement("span");
        hidden.className = "visually-hidden";
        hidden.textContent = " " + t("card-emotion-aside", { word: v.word });
        words.appendChild(hidden);
      }
    }

    /* Shows the cards the filters let through. `push`: the user changed the
       view, which becomes a step in the history; `keepUrl`: the URL is the
       view already (Back or Forward). */
    function apply(push, keepUrl) {
      var f = current();
      var active = FILTERS.some(function (n) { return f[n]; }) || f.key;
      var shown = 0;
      var total = cards.length;
      var at = personaAt();
      cards.forEach(function (card) {
        var ok = matches(card, f);
        card.hidden = !ok;
        if (ok) shown += 1;
        if (card.dataset.emotions) showEmotion(card, f.persona);
      });
      // Each cell's count: its cards that match, and the touchpoints it
      // leaves to its page (data-rest) that match.
      cells.forEach(function (cell) {
        var rest = restOf(cell);
        var mode = cell.parentNode.getAttribute("data-mode");
        var matched = rest.filter(function (e) {
          return (!f.mode || f.mode === mode) && matchesRest(e, f, at);
        });
        cell.touchmapMatched = matched;
        cell.touchmapAll = cell.querySelectorAll(".tp-card").length + rest.length;
        cell.touchmapShown = cell.querySelectorAll(".tp-card:not([hidden])").length + matched.length;
        total += rest.length;
        shown += matched.length;
        if (!cell.touchmapAll) return; // empty in the map itself
        var none = cell.querySelector(".cell-none");
        cell.classList.toggle("is-filtered-empty", cell.touchmapShown === 0);
        if (none) none.hidden = cell.touchmapShown > 0;
        // The cell's page shows what the map shows: the filters go along.
        var query = filterQuery(f);
        Array.prototype.forEach.call(cell.querySelectorAll("a.tile, .cell-more a"), function (a) {
          a.setAttribute("href", a.getAttribute("href").split("?")[0] + query);
        });
      });
      var perStage = stageCounts.map(function () { return { shown: 0, total: 0 }; });
      rows.forEach(function (row) {
        var visible = 0;
        var all = 0;
        row.querySelectorAll("td").forEach(function (cell, i) {
          visible += cell.touchmapShown;
          all += cell.touchmapAll;
          if (!perStage[i]) return;
          perStage[i].total += cell.touchmapAll;
          perStage[i].shown += cell.touchmapShown;
        });
        row.classList.toggle("row-filtered-empty", visible === 0);
        var none = row.querySelector(".row-none");
        if (none) none.hidden = visible > 0;
        count(row.querySelector(".row-count"), visible, all, active);
        // A row of the other mode can never match: leave it out.
        row.hidden = !!f.mode && row.dataset.mode !== f.mode;
      });
      stageCounts.forEach(function (el, i) {
        count(el, perStage[i].shown, perStage[i].total, active);
      });
      overview.update();

      if (status) {
        status.textContent = active
          ? t("filter-showing-some", { shown: shown, total: total })
          : t("filter-showing-all", { total: total });
      }

      var next = new URLSearchParams(location.search);
      FILTERS.forEach(function (n) {
        if (f[n]) next.set(n, f[n]); else next.delete(n);
      });
      if (f.key) next.set("key", "1"); else next.delete("key");
      var checked = radios.filter(function (r) { return r.checked; })[0];
      if (checked && checked.value !== "emotion") next.set("colour", checked.value);
      else next.delete("colour");
      overview.query(next);
      if (!keepUrl) setQuery(next, push);
    }

    function changed() {
      apply(true);
    }

    form.addEventListener("change", changed);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      changed();
    });
    form.addEventListener("reset", function () {
      // The form's fields reset after this event: apply on the next tick.
      setTimeout(changed, 0);
    });
    radios.concat(overview.radios).forEach(function (r) {
      r.addEventListener("change", changed);
    });
    // Back and Forward step through the views the user made.
    window.addEventListener("popstate", function () {
      restore();
      apply(false, true);
    });
    restore();
    apply(false);
  }

  /* ------------------------------------------------ the map's overview */

  /* The figures a tile shows, worked out from the cards a filter leaves as
     src/render/views/overview/cell.rs works them out from all of them: the
     mean emotion, the worst KPI status, the mean value strength. A card's
     emotion is its emo-* class (the colour it shows), its KPI status its
     st-* class, its value the data-value of its value signal. */
  var VIEWS = ["overview", "cards"];
  var EMOTIONS = [
    ["emo-neg2", "−−", "emotion-very-negative"],
    ["emo-neg1", "−", "emotion-negative"],
    ["emo-neutral", "±", "emotion-neutral"],
    ["emo-pos1", "+", "emotion-positive"],
    ["emo-pos2", "++", "emotion-very-positive"]
  ];
  /* In their order of concern (that of KpiStatus): a tile shows the first. */
  var CONCERN = [
    ["st-off", "✗", "kpi-status-off-target"],
    ["st-nodata", "…", "kpi-status-no-data"],
    ["st-notarget", "–", "kpi-status-no-target"],
    ["st-on", "✓", "kpi-status-on-target"],
    ["st-qualitative", "◇", "kpi-status-not-scored"]
  ];
  var TONE = /^(emo|st|val)-/;

  function tone(el, prefix) {
    for (var i = 0; i < el.classList.length; i++) {
      if (el.classList[i].indexOf(prefix) === 0) return el.classList[i];
    }
    return "";
  }

  function mean(list) {
    if (!list.length) return null;
    return list.reduce(function (a, b) { return a + b; }, 0) / list.length;
  }

  /* Rounds halves away from zero, as Rust's f64::round does. */
  function round(x) {
    return (x < 0 ? -1 : 1) * Math.round(Math.abs(x));
  }

  /* +0.7, −1.5, 0: as the tile prints a mean emotion. */
  function signed(m) {
    var tenths = round(m * 10);
    var digits = String(Math.abs(tenths) / 10);
    return tenths > 0 ? "+" + digits : tenths < 0 ? "−" + digits : "0";
  }

  function tileFigures(cards, rest) {
    var emotions = [];
    var values = [];
    var worst = -1;
    var planned = false;
    (rest || []).forEach(function (e) {
      if (e.shownEmotion !== null) emotions.push(e.shownEmotion);
      if (e.kpi === "p") planned = true;
      else if (e.kpi !== "" && (worst < 0 || +e.kpi < worst)) worst = +e.kpi;
      if (e.value !== null) values.push(e.value);
    });
    cards.forEach(function (card) {
      var e = EMOTIONS.map(function (x) { return x[0]; }).indexOf(tone(card, "emo-"));
      if (e >= 0) emotions.push(e - 2);
      var st = tone(card, "st-");
      var c = CONCERN.map(function (x) { return x[0]; }).indexOf(st);
      if (c >= 0 && (worst < 0 || c < worst)) worst = c;
      if (st === "st-planned") planned = true;
      var v = card.querySelector(".sig-val[data-value]");
      if (v) values.push(parseFloat(v.getAttribute("data-value")));
    });
    var m = mean(emotions);
    var e = m === null ? null : EMOTIONS[round(m) + 2];
    var k = worst >= 0 ? CONCERN[worst] : planned ? ["st-planned", "◌", "kpi-status-planned"] : ["st-none", "", "kpi-status-none"];
    var v = mean(values);
    return {
      emotion: { cls: e ? e[0] : "emo-none", symbol: e ? e[1] : "?", word: e ? t(e[2]) : "", mean: m === null ? null : decimal(signed(m)) },
      kpi: { cls: k[0], symbol: k[1], label: t(k[2]) },
      // One decimal, as the page prints a value score: 4.0, 2.8.
      value: { cls: v === null ? "val-none" : "val-" + Math.min(5, Math.max(0, Math.round(v))), score: v === null ? null : decimal((Math.round(v * 10) / 10).toFixed(1)) }
    };
  }

  /* What the tile says, as the ui.tile template says it. */
  function tileText(where, shown, total, f) {
    var count = shown === total
      ? t("count-touchpoints", { count: total })
      : t("count-touchpoints-of", { shown: shown, total: total });
    return where + ": " + count + "; " +
      (f.emotion.mean === null
        ? t("filter-tile-emotion-not-rated")
        : t("filter-tile-mean-emotion", { value: f.emotion.mean, word: f.emotion.word })) + "; " +
      (f.kpi.cls === "st-none"
        ? t("kpi-status-none")
        : f.kpi.cls === "st-planned"
          ? t("filter-tile-kpis-planned")
          : t("filter-tile-worst-kpi", { status: f.kpi.label })) + "; " +
      (f.value.score === null
        ? t("filter-tile-value-not-rated")
        : t("filter-tile-mean-value", { score: f.value.score }));
  }

  function setTile(tile, cards, rest, total) {
    var f = tileFigures(cards, rest);
    var shown = cards.length + rest.length;
    var keep = Array.prototype.filter.call(tile.classList, function (c) { return !TONE.test(c); });
    tile.className = keep.concat([f.emotion.cls, f.kpi.cls, f.value.cls]).join(" ");
    tile.classList.toggle("is-zero", shown === 0);
    var text = tileText(tile.getAttribute("data-where"), shown, total, f);
    tile.querySelector(".tile-count").textContent = shown;
    tile.querySelector(".sig-emo").textContent = f.emotion.symbol;
    tile.querySelector(".sig-st").textContent = f.kpi.symbol;
    tile.querySelector(".sig-val").textContent = f.value.score === null ? "?" : "◆\u00a0" + f.value.score;
    tile.querySelector(".tile-text").textContent = text;
    tile.title = text;
  }

  /* A crowded cell (one with "+N more") shows its first `shown` matching
     cards when more than `limit` match, and counts the rest; `rest`: how
     many of those it leaves to its page (data-rest) match, all of them
     counted in "+N more". */
  function setCrowded(cell, cards, rest, limit, shown) {
    var list = cell.querySelector(".cell-list");
    var more = cell.querySelector(".cell-more");
    if (!list || !more) return;
    list.classList.remove("is-crowded"); // the no-script rule; this does it now
    var over = rest > 0 || cards.length > limit;
    var showing = rest > 0 ? Math.min(cards.length, shown) : shown;
    Array.prototype.forEach.call(list.children, function (li) {
      li.classList.remove("is-more");
    });
    if (over) {
      cards.slice(showing).forEach(function (card) {
        card.classList.add("is-more");
      });
      more.querySelector(".more-count").textContent = "+" + (cards.length + rest - showing);
    }
    more.hidden = !over;
  }

  /* The view switch, the tiles, crowded cells and the dialog that shows a
     tile's cards. initMap calls restore, update and query as it does its
     own filters. */
  function initOverview(view) {
    var radios = Array.prototype.slice.call(view.querySelectorAll('input[name="view"]'));
    var limit = parseInt(view.getAttribute("data-cell-limit"), 10) || 8;
    var shown = parseInt(view.getAttribute("data-cell-shown"), 10) || 6;
    var cells = Array.prototype.slice.call(view.querySelectorAll(".map-table tbody td"));
    var dialog = view.querySelector("dialog.cell-dialog");
    var fallback = radios.filter(function (r) { return r.defaultChecked; })[0];
    var standard = fallback ? fallback.value : "cards";

    function checked() {
      var r = radios.filter(function (x) { return x.checked; })[0];
      return r ? r.value : standard;
    }

    function open(tile) {
      var cell = tile.closest("td");
      var all = cell.touchmapAll;
      var matching = cell.touchmapShown;
      var cards = cell.querySelectorAll(".tp-card:not([hidden])");
      var list = dialog.querySelector(".cell-list");
      dialog.querySelector("h2").textContent = tile.getAttribute("data-where");
      dialog.querySelector(".cell-dialog-count").textContent = (matching === all
        ? t("count-touchpoints", { count: all }) + "."
        : t("filter-cell-matching", { shown: matching, total: all })) +
        (cards.length < matching ? " " + t("map-cell-dialog-first", { shown: cards.length }) : "");
      list.textContent = "";
      Array.prototype.forEach.call(cards, function (card) {
        var copy = card.cloneNode(true);
        copy.classList.remove("is-more");
        list.appendChild(copy);
      });
      dialog.querySelector(".cell-dialog-page").setAttribute("href", tile.getAttribute("href"));
      dialog.showModal();
    }

    if (dialog && typeof dialog.showModal === "function") {
      view.addEventListener("click", function (e) {
        var tile = e.target.closest && e.target.closest("a.tile");
        // A click with a modifier or another button opens the cell's page.
        if (!tile || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        open(tile);
      });
      // A click on the backdrop (the dialog itself, not its content) closes it.
      dialog.addEventListener("click", function (e) {
        if (e.target === dialog) dialog.close();
      });
    }

    return {
      radios: radios,
      restore: function (params) {
        var v = params.get("view");
        if (VIEWS.indexOf(v) < 0) v = standard;
        radios.forEach(function (r) {
          r.checked = r.value === v;
        });
      },
      update: function () {
        cells.forEach(function (cell) {
          var tile = cell.querySelector("a.tile");
          if (!tile) return; // empty in the map itself
          var cards = Array.prototype.slice.call(cell.querySelectorAll(".tp-card:not([hidden])"));
          var rest = cell.touchmapMatched || [];
          setTile(tile, cards, rest, cell.touchmapAll);
          setCrowded(cell, cards, rest.length, limit, shown);
        });
      },
      query: function (next) {
        var v = checked();
        if (v !== standard) next.set("view", v); else next.delete("view");
      }
    };
  }

  /* ---------------------------------------------------------- the charts */

  /* A chart is never drawn smaller than its text allows (style.css), so on
     a narrow screen its frame scrolls sideways: a frame that scrolls and has
     nothing to focus in it becomes focusable, for the arrow keys. */
  function initCharts() {
    var frames = Array.prototype.slice.call(document.querySelectorAll("figure.chart"));
    function check() {
      frames.forEach(function (f) {
        var scrolls = f.scrollWidth > f.clientWidth + 1;
        if (scrolls && !f.hasAttribute("tabindex") && !f.querySelector("a[href], [tabindex]")) {
          f.setAttribute("tabindex", "0");
          f.setAttribute("data-focusable", "scroll");
        } else if (!scrolls && f.getAttribute("data-focusable") === "scroll") {
          f.removeAttribute("tabindex");
          f.removeAttribute("data-focusable");
        }
      });
    }
    if (!frames.length) return;
    check();
    window.addEventListener("resize", check);
  }

  /* ------------------------------------------------- the backlog filters */

  var BACKLOG_FILTERS = ["status", "stage"];

  /* The insights page's backlog: shows the rows of the chosen status and
     stage, in both its tables (the first rows and those folded away), and
     says how many there are. Without this script every row shows. */
  function initBacklog() {
    var form = document.querySelector("form[data-backlog]");
    if (!form) return;
    var section = form.closest("section") || document;
    var rows = Array.prototype.slice.call(section.querySelectorAll("table.backlog tbody tr"));
    var status = section.querySelector(".backlog-status");
    var none = section.querySelector(".backlog-none");
    var fold = section.querySelector(".backlog-fold");
    var foldCount = fold && fold.querySelector(".fold-count");

    function restore() {
      var params = new URLSearchParams(location.search);
      BACKLOG_FILTERS.forEach(function (name) {
        var field = form.elements[name];
        var value = params.get(name) || "";
        var known = Array.prototype.some.call(field.options, function (o) {
          return o.value === value;
        });
        field.value = known ? value : "";
      });
    }

    function apply(push, keepUrl) {
      var want = {};
      BACKLOG_FILTERS.forEach(function (name) {
        want[name] = form.elements[name].value;
      });
      var shown = 0;
      var folded = 0;
      rows.forEach(function (row) {
        var s = row.dataset.status;
        var ok = (!want.status || s === want.status || (want.status === "open" && s !== "done")) &&
          (!want.stage || row.dataset.stage === want.stage);
        row.hidden = !ok;
        if (ok) {
          shown += 1;
          if (fold && fold.contains(row)) folded += 1;
        }
      });
      // A table all of whose rows are filtered out goes, heading and all.
      Array.prototype.forEach.call(section.querySelectorAll("table.backlog"), function (table) {
        var frame = table.closest(".table-scroll") || table;
        frame.hidden = !table.querySelector("tbody tr:not([hidden])");
      });
      if (fold) {
        fold.hidden = folded === 0;
        if (foldCount) foldCount.textContent = folded;
      }
      if (none) none.hidden = shown > 0;
      var active = BACKLOG_FILTERS.some(function (n) { return want[n]; });
      if (status) {
        status.textContent = active
          ? t("insights-backlog-showing", { shown: shown, total: rows.length })
          : t("insights-backlog-showing-all", { total: rows.length });
      }
      var next = new URLSearchParams(location.search);
      BACKLOG_FILTERS.forEach(function (n) {
        if (want[n]) next.set(n, want[n]); else next.delete(n);
      });
      if (!keepUrl) setQuery(next, push);
    }

    form.addEventListener("change", function () {
      apply(true);
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      apply(true);
    });
    form.addEventListener("reset", function () {
      setTimeout(function () { apply(true); }, 0);
    });
    window.addEventListener("popstate", function () {
      restore();
      apply(false, true);
    });
    restore();
    apply(false);
  }

  /* ------------------------------------------------------ the navigation */

  /* On a narrow screen the navigation strip scrolls sideways: bring the
     current entry into view (without scrolling the page). */
  function initNav() {
    var list = document.querySelector(".main-nav ul");
    var current = list && list.querySelector("a[aria-current]");
    if (!current || list.scrollWidth <= list.clientWidth) return;
    var box = list.getBoundingClientRect();
    var item = current.getBoundingClientRect();
    if (item.left >= box.left && item.right <= box.right) return;
    list.scrollLeft += item.left - box.left - (box.width - item.width) / 2;
  }

  /* -------------------------------------------------------------- search */

  var KINDS = ["touchpoint", "kpi", "competitor", "persona", "stage", "channel", "benefit", "note"];

  function words(text) {
    return text.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  /* Appends `text` to `parent`, wrapping each occurrence of a query word in
     <mark>. Built with text nodes only: index content is never parsed as HTML. */
  function appendMarked(parent, text, terms) {
    var lower = text.toLowerCase();
    var pos = 0;
    while (pos < text.length) {
      var best = -1;
      var len = 0;
      terms.forEach(function (t) {
        var i = lower.indexOf(t, pos);
        if (i >= 0 && (best < 0 || i < best || (i === best && t.length > len))) {
          best = i;
          len = t.length;
        }
      });
      if (best < 0) {
        parent.appendChild(document.createTextNode(text.slice(pos)));
        break;
      }
      if (best > pos) parent.appendChild(document.createTextNode(text.slice(pos, best)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(best, best + len);
      parent.appendChild(mark);
      pos = best + len;
    }
  }

  function snippet(text, terms) {
    if (!text) return "";
    var lower = text.toLowerCase();
    var at = -1;
    terms.forEach(function (t) {
      var i = lower.indexOf(t);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    });
    if (at < 0) return text.length > 160 ? text.slice(0, 157) + "…" : text;
    var start = Math.max(0, at - 60);
    var end = Math.min(text.length, at + 110);
    return (start > 0 ? "…" : "") + text.slice(start, end).trim() + (end < text.length ? "…" : "");
  }

  function initSearch() {
    var box = document.querySelector("[data-search]");
    if (!box) return;
    var form = box.querySelector("form");
    var input = box.querySelector('input[type="search"]');
    var list = box.querySelector(".search-results");
    var status = box.querySelector(".search-status");
    var url = box.getAttribute("data-index");
    var index = null;
    var timer = null;

    var q = new URLSearchParams(location.search).get("q");
    if (q) input.value = q;

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll("a.result"));
    }

    function render() {
      var query = input.value.trim();
      var terms = words(query);
      list.textContent = "";
      if (!index) {
        status.textContent = t("search-loading");
        return;
      }
      if (!terms.length) {
        status.textContent = t("search-type-to-search", { count: index.length });
        return;
      }
      var hits = [];
      index.forEach(function (e) {
        var all = true;
        var score = 0;
        for (var i = 0; i < terms.length; i++) {
          var t = terms[i];
          if (e._title.indexOf(t) >= 0) score += 100;
          else if (e._meta.indexOf(t) >= 0) score += 10;
          else if (e._body.indexOf(t) >= 0) score += 1;
          else { all = false; break; }
        }
        if (!all) return;
        if (e._title.indexOf(terms[0]) === 0) score += 50;
        if (e._title === query.toLowerCase()) score += 500;
        hits.push({ e: e, score: score });
      });
      hits.sort(function (a, b) {
        return b.score - a.score || a.e.title.localeCompare(b.e.title);
      });
      status.textContent = hits.length === 0
        ? t("search-no-results", { query: query })
        : hits.length > 50
          ? t("search-results-first", { count: hits.length, query: query, shown: 50 })
          : t("search-results", { count: hits.length, query: query });
      hits.slice(0, 50).forEach(function (h) {
        var e = h.e;
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.className = "result";
        a.href = e.url;
        var title = document.createElement("span");
        title.className = "r-title";
        appendMarked(title, e.title || e.url, terms);
        a.appendChild(title);
        var meta = document.createElement("span");
        meta.className = "r-meta";
        var kind = document.createElement("span");
        kind.className = "r-kind";
        kind.textContent = KINDS.indexOf(e.kind) >= 0 ? t("search-kind-" + e.kind) : e.kind || "";
        meta.appendChild(kind);
        if (e.meta) meta.appendChild(document.createTextNode(e.meta));
        a.appendChild(meta);
        var text = snippet(e.text || "", terms);
        if (text) {
          var sn = document.createElement("span");
          sn.className = "r-snippet";
          appendMarked(sn, text, terms);
          a.appendChild(sn);
        }
        li.appendChild(a);
        list.appendChild(li);
      });
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(function () {
        render();
        var params = new URLSearchParams(location.search);
        if (input.value.trim()) params.set("q", input.value.trim()); else params.delete("q");
        replaceQuery(params);
      }, 120);
    }

    input.addEventListener("input", schedule);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      clearTimeout(timer);
      render();
      var first = links()[0];
      if (first) location.href = first.href;
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") {
        var first = links()[0];
        if (first) {
          e.preventDefault();
          first.focus();
        }
      }
    });
    list.addEventListener("keydown", function (e) {
      var all = links();
      var i = all.indexOf(document.activeElement);
      if (i < 0) return;
      if (e.key === "ArrowDown") {
        e.preventDefault();
        if (i + 1 < all.length) all[i + 1].focus();
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        if (i > 0) all[i - 1].focus(); else input.focus();
      } else if (e.key === "Escape") {
        input.focus();
      }
    });

    status.textContent = t("search-loading");
    fetch(url, { credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      })
      .then(function (data) {
        index = (Array.isArray(data) ? data : []).map(function (e) {
          e._title = String(e.title || "").toLowerCase();
          e._meta = (String(e.kind || "") + " " + String(e.meta || "")).toLowerCase();
          e._body = (String(e.text || "") + " " + String(e.words || "")).toLowerCase();
          return e;
        });
        render();
      })
      .catch(function () {
        status.textContent = t("search-index-failed");
      });
    if (q) input.focus();
  }

  /* ---------------------------------------------------- the journey curve */

  /* Each persona in the curve's legend becomes a button that shows and
     hides that persona's points, lines and names on the chart (without
     JavaScript every persona is shown). */
  function initCurves() {
    Array.prototype.forEach.call(document.querySelectorAll("figure[data-curve]"), function (figure) {
      var items = figure.querySelectorAll(".curve-people li[data-persona]");
      if (items.length < 2) return;
      Array.prototype.forEach.call(items, function (li) {
        var id = li.getAttribute("data-persona");
        var button = document.createElement("button");
        button.type = "button";
        button.setAttribute("aria-pressed", "true");
        while (li.firstChild) button.appendChild(li.firstChild);
        li.appendChild(button);
        button.addEventListener("click", function () {
          var shown = button.getAttribute("aria-pressed") !== "true";
          button.setAttribute("aria-pressed", shown ? "true" : "false");
          Array.prototype.forEach.call(figure.querySelectorAll("svg [data-persona]"), function (g) {
            if (g.getAttribute("data-persona") === id) g.classList.toggle("is-off", !shown);
          });
          // A name of a moment of pain goes with the last persona it names.
          Array.prototype.forEach.call(figure.querySelectorAll("svg [data-personas]"), function (label) {
            var anyShown = label.getAttribute("data-personas").split(" ").some(function (p) {
              var walk = figure.querySelector('svg g.walk[data-persona="' + CSS.escape(p) + '"]');
              return walk && !walk.classList.contains("is-off");
            });
            label.classList.toggle("is-off", !anyShown);
          });
        });
      });
      var hint = document.createElement("li");
      hint.className = "curve-hint";
      hint.textContent = t("filter-curve-hint");
      items[0].parentNode.appendChild(hint);
    });
  }

  /* --------------------------------------------------------------- print */

  /* Paper cannot unfold a <details>: open the closed ones for printing (the
     tables folded away on screen) and fold them again afterwards. */
  function initPrint() {
    var opened = [];
    window.addEventListener("beforeprint", function () {
      Array.prototype.forEach.call(document.querySelectorAll("details:not([open])"), function (d) {
        d.open = true;
        opened.push(d);
      });
    });
    window.addEventListener("afterprint", function () {
      opened.forEach(function (d) {
        d.open = false;
      });
      opened = [];
    });
  }

  ready(function () {
    initNav();
    initMap();
    initCellFilter();
    initBacklog();
    initCharts();
    initSearch();
    initCurves();
    initPrint();
  });
})();
