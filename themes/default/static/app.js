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
 * - Search: loads the parts of the search index a query needs (its
 *   words' shards, its results' documents), matches every query word,
 *   and narrows the results by kind, stage and channel.
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
  /* Results shown at first, and added by "Show more": each needs its
     document's file, so a page of results loads a few small files. */
  var PAGE = 10;
  /* A word's weight where it stands: body, meta line, title. */
  var FIELD = [0, 1, 10, 100];

  /* A query's words as the index cuts a text: lower case, split at what is
     neither a letter nor a digit, two to forty characters, each once. */
  function words(text) {
    var seen = Object.create(null);
    return text.toLowerCase().split(/[^\p{Alphabetic}\p{N}]+/u).filter(function (w) {
      var n = Array.from(w).length;
      if (n < 2 || n > 40 || seen[w]) return false;
      seen[w] = true;
      return true;
    });
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
      // The whole word: a stem ("hotlin") marks "hotline".
      while (best + len < text.length && /[\p{Alphabetic}\p{N}]/u.test(text[best + len])) len++;
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

  /* The index in its files (search-index/: meta.json, t/N.json shards of
     stems and words, d/N.json documents), each loaded once, when a query
     first needs it. `inline` is meta.json's content as the search page
     carries it, which spares the page a round trip before its first query
     (a page without it, such as a map's own older search template, loads
     meta.json). */
  function Index(base, inline) {
    var self = this;
    var files = {};
    function load(path) {
      if (!files[path]) {
        files[path] = fetch(base + path, { credentials: "same-origin" }).then(function (r) {
          if (!r.ok) throw new Error(r.status);
          return r.json();
        });
        files[path].catch(function () { delete files[path]; });
      }
      return files[path];
    }
    // Without a prototype: a word such as "constructor" is no key.
    var keyIndex = Object.create(null);
    function take(meta) {
      self.meta = meta;
      meta.keys.forEach(function (k, i) { keyIndex[k] = i; });
      return self;
    }
    self.ready = inline ? Promise.resolve(take(inline)) : load("meta.json").then(take);
    /* The shard of a word or stem: that of the longest key starting it. */
    self.keyOf = function (s) {
      var chars = Array.from(s).slice(0, 40);
      for (var n = chars.length; n > 0; n--) {
        var k = chars.slice(0, n).join("");
        if (k in keyIndex) return keyIndex[k];
      }
      return keyIndex[""] || 0;
    };
    self.shard = function (k) { return load("t/" + k + ".json"); };
    self.docs = function (n) { return load("d/" + n + ".json"); };
    /* The kind of document `d`. */
    self.kindOf = function (d) {
      var kinds = self.meta.kinds;
      for (var i = 0; i < kinds.length; i++) if (d >= kinds[i][1] && d < kinds[i][2]) return kinds[i][0];
      return "";
    };
  }

  /* meta.json's content, which the search page carries in a script
     element (null on a page without it). */
  function inlineMeta() {
    var el = document.getElementById("search-meta");
    if (!el) return null;
    try {
      return JSON.parse(el.textContent);
    } catch (e) {
      return null;
    }
  }

  /* The documents a query word finds: the weight of each of the index's
     `n` documents in it (0 where it is not found), and the list of those
     found. An array indexed by document, not a Map: a frequent word finds
     half the map (19,000 documents at 10,000 touchpoints), and a Map of
     them took the page about ten times as long to fill and to read. */
  function Found(n) {
    this.weight = new Float64Array(n);
    this.docs = [];
  }

  /* Adds postings "[delta × 4 + field, …]" to `into`, each weighed by where
     it stands and by `factor`. */
  function postings(list, factor, into) {
    var weight = into.weight;
    var doc = 0;
    for (var i = 0; i < list.length; i++) {
      doc += Math.floor(list[i] / 4);
      var w = FIELD[list[i] % 4] * factor;
      var was = weight[doc];
      if (w > was) {
        if (was === 0) into.docs.push(doc);
        weight[doc] = w;
      }
    }
  }

  /* The documents every one of `found` has, best first (the sum of their
     weights; ties in the index's order). Scores take a few values only, so
     the documents are sorted by number and then put in a run per score. */
  function ranked(found) {
    found.sort(function (a, b) { return a.docs.length - b.docs.length; });
    var rarest = found[0].docs;
    var kept = new Int32Array(rarest.length);
    var n = 0;
    for (var i = 0; i < rarest.length; i++) {
      var d = rarest[i];
      var all = true;
      for (var j = 1; j < found.length && all; j++) all = found[j].weight[d] > 0;
      if (all) kept[n++] = d;
    }
    kept = kept.subarray(0, n).sort();
    var runs = new Map();
    for (var k = 0; k < n; k++) {
      var s = 0;
      for (var f = 0; f < found.length; f++) s += found[f].weight[kept[k]];
      var run = runs.get(s);
      if (!run) runs.set(s, (run = []));
      run.push(kept[k]);
    }
    var scores = Array.from(runs.keys()).sort(function (a, b) { return b - a; });
    return [].concat.apply([], scores.map(function (s) { return runs.get(s); }));
  }

  /* The documents one query word finds, with its weight in each, and the
     stems it matched (to mark them in the results). A word finds the stems
     it starts (as while typing), the stem of each word of the map it
     starts ("buty" has the stem of "butów": the map's words are stemmed
     when the site is built), or else the longest stem it starts with, at
     most three letters shorter (a form the map does not have). */
  function findWord(index, word) {
    var shards = [index.keyOf(word)];
    if (Array.from(word).length >= 3) {
      index.meta.keys.forEach(function (key, i) {
        if (key.length > word.length && key.indexOf(word) === 0 && shards.length < 9) shards.push(i);
      });
    }
    return Promise.all(shards.map(index.shard)).then(function (loaded) {
      var stems = Object.create(null);
      function add(stem, factor) {
        if (!(stems[stem] >= factor)) stems[stem] = factor;
      }
      loaded.forEach(function (shard) {
        Object.keys(shard.s).forEach(function (stem) {
          if (stem.indexOf(word) === 0) add(stem, stem === word ? 1 : 0.6);
        });
        Object.keys(shard.w).forEach(function (w) {
          if (w.indexOf(word) === 0) add(shard.w[w], w === word ? 1 : 0.6);
        });
      });
      if (!Object.keys(stems).length) {
        var best = "";
        var n = Array.from(word).length;
        Object.keys(loaded[0].s).forEach(function (stem) {
          var m = Array.from(stem).length;
          if (m >= 3 && n - m <= 3 && word.indexOf(stem) === 0 && stem.length > best.length) best = stem;
        });
        if (best) add(best, 0.8);
      }
      var names = Object.keys(stems);
      return Promise.all(names.map(function (stem) { return index.shard(index.keyOf(stem)); }))
        .then(function (homes) {
          var found = new Found(index.meta.docs);
          names.forEach(function (stem, i) {
            var list = homes[i].s[stem];
            if (list) postings(list, stems[stem], found);
          });
          return { docs: found, stems: names };
        });
    });
  }

  function initSearch() {
    var box = document.querySelector("[data-search]");
    if (!box) return;
    var form = box.querySelector("form");
    var input = box.querySelector('input[type="search"]');
    var list = box.querySelector(".search-results");
    var status = box.querySelector(".search-status");
    var more = box.querySelector(".search-more");
    var kindInputs = Array.prototype.slice.call(box.querySelectorAll('input[name="kind"]'));
    var stageSelect = box.querySelector('select[name="stage"]');
    var channelSelect = box.querySelector('select[name="channel"]');
    var index = new Index(box.getAttribute("data-index"), inlineMeta());
    var timer = null;
    var asked = 0;
    var hits = [];
    var shown = 0;
    var marks = [];
    var query = "";

    var params = new URLSearchParams(location.search);
    if (params.get("q")) input.value = params.get("q");
    kindInputs.forEach(function (r) { r.checked = r.value === (params.get("kind") || ""); });
    if (!kindInputs.some(function (r) { return r.checked; }) && kindInputs[0]) kindInputs[0].checked = true;
    [stageSelect, channelSelect].forEach(function (s) {
      if (!s) return;
      var v = params.get(s.name) || "";
      if (Array.prototype.some.call(s.options, function (o) { return o.value === v; })) s.value = v;
    });

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll("a.result"));
    }

    function chosenKind() {
      var r = kindInputs.filter(function (r) { return r.checked; })[0];
      return r ? r.value : "";
    }

    /* Whether a document is in the chosen stage and channel (only
       touchpoints are, when either is chosen), as a function of the
       document: the choice is read once per query, not once per document. */
    function inCell() {
      var stage = stageSelect ? stageSelect.value : "";
      var channel = channelSelect ? channelSelect.value : "";
      if (!stage && !channel) return function () { return true; };
      var cells = index.meta.cells.filter(function (c) {
        return (!stage || c[0] === stage) && (!channel || c[1] === channel);
      });
      return function (d) {
        return cells.some(function (c) { return d >= c[2] && d < c[3]; });
      };
    }

    /* Says what is shown; `whole` once the page of results is. */
    function setStatus(whole) {
      var count = hits.length;
      status.textContent = count === 0
        ? t("search-no-results", { query: query })
        : count > shown
          ? t("search-results-first", { count: count, query: query, shown: shown })
          : t("search-results", { count: count, query: query });
      more.hidden = !whole || count <= shown;
      if (!more.hidden) more.textContent = t("search-show-more", { count: Math.min(PAGE, count - shown) });
    }

    /* Shows results `from` to `to` of `hits`, each in its turn as soon as
       its document and those of the results before it are in: a page of
       results needs up to ten files, more than a browser asks a server
       speaking HTTP/1.1 for at once (six), and the first ones need not wait
       for the last. "Show more" waits until the page is whole. */
    function showMore(to, token, focusFirst) {
      var from = shown;
      var page = hits.slice(from, to);
      var chunk = index.meta.chunk;
      var docs = [];
      var next = 0;
      if (!page.length) {
        setStatus(true);
        return Promise.resolve();
      }
      function showReady() {
        if (token !== asked) return;
        var start = next;
        for (; next < page.length && docs[next] !== undefined; next++) {
          if (docs[next]) list.appendChild(result(page[next], docs[next]));
        }
        if (next === start) return;
        shown = from + next;
        // The status (in the live region, as the results are) changes
        // once, when the page is whole: a screen reader then announces the
        // count once, not once for each file of documents that comes in.
        if (next === page.length) setStatus(true);
        if (focusFirst && start === 0) {
          var first = links()[from];
          if (first) first.focus();
        }
      }
      return Promise.all(page.map(function (d, i) {
        return index.docs(Math.floor(d / chunk)).then(function (file) {
          docs[i] = file[d % chunk] || null;
          showReady();
        });
      }));
    }

    function result(d, doc) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.className = "result";
      a.href = doc[1];
      var title = document.createElement("span");
      title.className = "r-title";
      appendMarked(title, doc[0] || doc[1], marks);
      a.appendChild(title);
      var meta = document.createElement("span");
      meta.className = "r-meta";
      var kind = document.createElement("span");
      var k = index.kindOf(d);
      kind.className = "r-kind";
      kind.textContent = KINDS.indexOf(k) >= 0 ? t("search-kind-" + k) : k;
      meta.appendChild(kind);
      if (doc[2]) meta.appendChild(document.createTextNode(doc[2]));
      a.appendChild(meta);
      var text = snippet(doc[3] || "", marks);
      if (text) {
        var sn = document.createElement("span");
        sn.className = "r-snippet";
        appendMarked(sn, text, marks);
        a.appendChild(sn);
      }
      li.appendChild(a);
      return li;
    }

    function counts(all) {
      var n = {};
      all.forEach(function (d) {
        var k = index.kindOf(d);
        n[k] = (n[k] || 0) + 1;
        n[""] = (n[""] || 0) + 1;
      });
      Array.prototype.forEach.call(box.querySelectorAll(".search-kinds [data-count]"), function (span) {
        var c = n[span.getAttribute("data-count")] || 0;
        span.textContent = query ? " (" + fmtCount(c) + ")" : "";
        span.parentNode.classList.toggle("is-empty", !!query && c === 0);
      });
    }

    function render() {
      var token = ++asked;
      query = input.value.trim();
      var terms = words(query);
      if (!index.meta) {
        status.textContent = t("search-loading");
        return;
      }
      if (!terms.length) {
        list.textContent = "";
        hits = [];
        more.hidden = true;
        counts([]);
        status.textContent = t("search-type-to-search", { count: index.meta.docs });
        return;
      }
      // The last query's count and "Show more" go as this one is asked:
      // its results show as they come, and its count once they are all in
      // (see showMore). A blank status keeps its line, and a screen reader
      // says nothing of it.
      status.textContent = "\u00a0";
      more.hidden = true;
      Promise.all(terms.map(function (w) { return findWord(index, w); }))
        .then(function (found) {
          if (token !== asked) return;
          marks = terms.slice();
          found.forEach(function (f) {
            f.stems.forEach(function (s) { if (Array.from(s).length >= 3 && marks.indexOf(s) < 0) marks.push(s); });
          });
          var all = ranked(found.map(function (f) { return f.docs; })).filter(inCell());
          counts(all);
          var kind = chosenKind();
          hits = kind ? all.filter(function (d) { return index.kindOf(d) === kind; }) : all;
          list.textContent = "";
          shown = 0;
          return showMore(Math.min(PAGE, hits.length), token, false);
        })
        .catch(function () {
          if (token === asked) status.textContent = t("search-index-failed");
        });
    }

    function keepInAddress() {
      var next = new URLSearchParams(location.search);
      var pairs = [["q", input.value.trim()], ["kind", chosenKind()],
        ["stage", stageSelect ? stageSelect.value : ""], ["channel", channelSelect ? channelSelect.value : ""]];
      pairs.forEach(function (p) { if (p[1]) next.set(p[0], p[1]); else next.delete(p[0]); });
      replaceQuery(next);
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(function () {
        render();
        keepInAddress();
      }, 120);
    }

    input.addEventListener("input", schedule);
    kindInputs.concat([stageSelect, channelSelect]).forEach(function (el) {
      if (el) el.addEventListener("change", function () { render(); keepInAddress(); });
    });
    more.addEventListener("click", function () {
      showMore(Math.min(shown + PAGE, hits.length), asked, true);
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      clearTimeout(timer);
      var first = links()[0];
      if (first && query === input.value.trim()) location.href = first.href;
      else render();
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
        else if (!more.hidden) more.focus();
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        if (i > 0) all[i - 1].focus(); else input.focus();
      } else if (e.key === "Escape") {
        input.focus();
      }
    });
    more.addEventListener("keydown", function (e) {
      if (e.key === "ArrowUp") {
        var all = links();
        if (all.length) {
          e.preventDefault();
          all[all.length - 1].focus();
        }
      }
    });

    status.textContent = t("search-loading");
    // With the meta in the page, the query's first files are asked for
    // now, before the page's other scripts run.
    if (index.meta) render();
    else index.ready.then(render, function () {
      status.textContent = t("search-index-failed");
    });
    if (params.get("q")) input.focus();
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
    // The search first: its query's files are on their way while the rest
    // runs (it returns at once on any other page).
    initSearch();
    initNav();
    initMap();
    initCellFilter();
    initBacklog();
    initCharts();
    initCurves();
    initPrint();
  });
})();
