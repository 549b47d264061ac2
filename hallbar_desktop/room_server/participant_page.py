"""The participant page: one HTML page, its style and its script, with nothing from elsewhere."""

from __future__ import annotations

import html
import json

from hallbar_desktop.domain import palette
from hallbar_desktop.text_catalogue import catalogue


def page_texts(language: str) -> dict[str, str]:
    """Every text the page shows, in ``language``; {name} is filled in by the script."""
    _ = catalogue(language).gettext
    return {
        "title": _("Workshop – svara i mobilen"),
        "join_title": _("Gå med i workshoppen"),
        "join_hint": _("Skriv koden som visas på skärmen i rummet."),
        "code_label": _("Kod"),
        "join_button": _("Gå med"),
        "joining": _("Går med …"),
        "hello": _("Du svarar som {alias}"),
        "choose_title": _("Vem är du?"),
        "choose_hint": _("Tryck på ditt namn. Namn som någon annan redan har valt visas inte."),
        "no_names": _("Det finns inga namn kvar att välja."),
        "i_am": _("Jag är {name}"),
        "alias_hint": _("Vill du inte svara med ditt namn? Ta ett alias i stället."),
        "alias_button": _("Svara med ett alias"),
        "wait": _("Vänta på nästa steg"),
        "wait_hint": _("Sidan ändras av sig själv när det är dags."),
        "rating_title": _("Skatta påståendena"),
        "rating_hint": _(
            "Välj det som stämmer bäst för varje påstående. Ingen ser dina svar förrän "
            "processledaren visar resultatet, och då utan namn."
        ),
        "answered": _("Besvarade: {answered} av {total}"),
        "dont_know": _("Vet ej"),
        "statement": _("Påstående {number}"),
        "all_first": _("Svara på alla påståenden först. Vet ej går också bra."),
        "done_button": _("Klar"),
        "saved": _("Sparat"),
        "not_sent": _("Inte skickat än. Det skickas när nätet är tillbaka."),
        "notes_title": _("Skriv lappar"),
        "question_dependencies": _("Vad kan hindra förändringen? Vad är den beroende av?"),
        "question_prerequisites": _(
            "Vilka förutsättningar och framgångsfaktorer finns, eller saknas?"
        ),
        "question_actions": _("Vilka åtgärder föreslår du?"),
        "note_type": _("Typ av lapp"),
        "note_text": _("Din lapp"),
        "add_note": _("Lägg till lappen"),
        "your_notes": _("Dina lappar: {count}"),
        "remove": _("Ta bort"),
        "remove_note": _("Ta bort lappen {text}"),
        "dots_title": _("Fördela dina prickar"),
        "question_dots_dependencies": _("Vilka beroenden är viktigast att hantera?"),
        "question_dots_actions": _("Vilka åtgärder är viktigast att komma igång med?"),
        "dots_left": _("Prickar kvar: {left} av {budget}"),
        "dots_on": _("Prickar: {count}"),
        "add_dot": _("Lägg en prick på {title}"),
        "take_dot": _("Ta bort en prick från {title}"),
        "nothing_to_vote_on": _("Det finns inget att rösta på ännu."),
        "thanks": _("Tack! Vänta på nästa steg."),
        "change_answers": _("Ändra mina svar"),
        "problem": _("Något gick fel. Försök igen."),
        "offline": _("Ingen kontakt med datorn. Sidan försöker igen."),
        "left_room": _("Du är inte längre med. Gå med igen med koden."),
        "noscript": _("Sidan behöver JavaScript för att fungera."),
    }


def page_html(language: str) -> str:
    texts = page_texts(language)
    # Inside <script> a "</" would end the element early; \u003c reads the same to JSON.
    texts_json = json.dumps(texts, ensure_ascii=False).replace("<", "\\u003c")
    return f"""<!doctype html>
<html lang="{html.escape(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{html.escape(texts["title"])}</title>
<link rel="stylesheet" href="/participant.css">
</head>
<body>
<main id="main">
<div id="screen"></div>
<p id="status" role="status" aria-live="polite"></p>
</main>
<noscript><p>{html.escape(texts["noscript"])}</p></noscript>
<script type="application/json" id="texts">{texts_json}</script>
<script src="/participant.js"></script>
</body>
</html>
"""


def _theme_colours(theme: palette.Theme) -> str:
    """The page's colours in ``theme``, as the CSS variables the rules below use."""
    return (
        f"--page: {theme.page}; --text: {theme.text}; --accent: {theme.accent}; "
        f"--accent-text: {theme.accent_ink}; --line: {theme.control_border}; "
        f"--problem: {theme.problem_text}; --chosen: {theme.accent_tint};"
    )


# The phone's own light or dark setting chooses, in the app's light and dark themes' colours.
PAGE_STYLE = (
    (
        f":root {{ color-scheme: light dark; {_theme_colours(palette.LIGHT)} }}\n"
        f"@media (prefers-color-scheme: dark) {{ :root {{ {_theme_colours(palette.DARK)} }} }}\n"
    )
    + """
* { box-sizing: border-box; }
body { background: var(--page); color: var(--text); margin: 0; font: 18px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem 1rem 4rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0.5rem 0; }
.alias { font-weight: 600; }
.names { display: grid; gap: 0.5rem; margin: 1rem 0; }
.names button { width: 100%; text-align: left; }
button.wide { width: 100%; }
label.field { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
input[type=text], textarea { width: 100%; font: inherit; padding: 0.75rem;
  border: 2px solid var(--line); border-radius: 0.5rem; }
input#code { font-size: 1.75rem; letter-spacing: 0.2em; text-align: center; }
textarea { min-height: 7rem; resize: vertical; }
button { font: inherit; font-weight: 600; min-height: 3rem; min-width: 3rem;
  padding: 0.6rem 1.2rem; border-radius: 0.5rem; border: 2px solid var(--accent);
  background: transparent; color: inherit; cursor: pointer; }
button.main { background: var(--accent); color: var(--accent-text); width: 100%;
  margin-top: 1rem; }
button:disabled { opacity: 0.5; cursor: default; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
fieldset { border: 2px solid var(--line); border-radius: 0.75rem; margin: 1rem 0;
  padding: 0.75rem; }
/* The statement inside its box, not across the box's top edge. */
legend { float: left; width: 100%; font-weight: 600; padding: 0; margin-bottom: 0.25rem; }
legend + * { clear: both; }
.dimension { display: block; font-weight: 400; font-size: 0.85rem; }
/* The scale and "Vet ej" in two even rows of three on a phone, one row on a wider screen. */
.choices { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.5rem;
  margin-top: 0.5rem; }
@media (min-width: 34rem) { .choices { grid-template-columns: repeat(6, 1fr); } }
.choices.wide { grid-template-columns: 1fr; }
.choice { position: relative; }
.choice input { position: absolute; opacity: 0; inset: 0; margin: 0; }
.choice span { height: 100%; display: flex; flex-direction: column; align-items: center;
  justify-content: center; min-height: 3.25rem; padding: 0.4rem; text-align: center;
  border: 2px solid var(--line); border-radius: 0.5rem; }
.choices.wide .choice span { align-items: flex-start; text-align: left; }
.choice small { font-size: 0.75rem; line-height: 1.2; }
.choice input:checked + span { border-color: var(--accent); background: var(--chosen);
  font-weight: 600; }
.choice input:focus-visible + span { outline: 3px solid var(--accent); outline-offset: 2px; }
.saved { font-size: 0.85rem; min-height: 1.2em; margin: 0.25rem 0 0; }
.row { display: flex; gap: 0.75rem; align-items: center; border-top: 1px solid var(--line);
  padding: 0.6rem 0; }
.row .text { flex: 1; overflow-wrap: anywhere; }
.row .count { min-width: 2ch; text-align: center; font-weight: 600; font-size: 1.25rem; }
.kind { display: block; font-size: 0.85rem; }
#status { min-height: 1.5em; font-weight: 600; }
#status.problem, .problem { color: var(--problem); }
"""
)


PAGE_SCRIPT = r"""
(function () {
  "use strict";
  var T = JSON.parse(document.getElementById("texts").textContent);
  var screen = document.getElementById("screen");
  var statusLine = document.getElementById("status");
  var TOKEN_KEY = "hallbar-device";
  var token = null;
  var state = null;
  var shownKey = null;
  var editing = false;
  var pending = {};
  var events = null;
  var polling = null;

  try { token = window.localStorage.getItem(TOKEN_KEY); } catch (e) { token = null; }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === "text") { node.textContent = attributes[name]; }
      else if (name === "onclick") { node.addEventListener("click", attributes[name]); }
      else if (name === "onchange") { node.addEventListener("change", attributes[name]); }
      else if (name === "oninput") { node.addEventListener("input", attributes[name]); }
      else if (attributes[name] === true) { node.setAttribute(name, ""); }
      else if (attributes[name] !== false && attributes[name] !== null) {
        node.setAttribute(name, attributes[name]);
      }
    });
    (children || []).forEach(function (child) {
      if (child) { node.appendChild(typeof child === "string" ? document.createTextNode(child) : child); }
    });
    return node;
  }

  function say(text, problem) {
    statusLine.textContent = text || "";
    statusLine.className = problem ? "problem" : "";
  }

  function show(children, focusFirst) {
    screen.textContent = "";
    children.forEach(function (child) { if (child) { screen.appendChild(child); } });
    var heading = screen.querySelector("h1");
    if (heading && focusFirst !== false) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  }

  function request(method, path, body) {
    var headers = {};
    if (token) { headers["X-Hallbar-Device"] = token; }
    var options = { method: method, headers: headers, cache: "no-store" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = new Error(data.message || T.problem);
          error.refused = true;
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  function forgetDevice() {
    token = null;
    try { window.localStorage.removeItem(TOKEN_KEY); } catch (e) { /* private mode */ }
    if (events) { events.close(); events = null; }
    if (polling) { window.clearInterval(polling); polling = null; }
    state = null;
    shownKey = null;
    showJoin(given || "");
    say(T.left_room, true);
  }

  function failed(error) {
    if (error.status === 401) { forgetDevice(); return; }
    say(error.refused ? error.message : T.offline, true);
  }

  // --- answers: sent at once; what did not get through is sent again ---------------------

  function send(key, path, body, onSaved) {
    pending[key] = { path: path, body: body, onSaved: onSaved };
    return flush(key);
  }

  // One request per key at a time, the newest last: two in flight could arrive the wrong way
  // round and leave the older answer stored.
  var sending = {};

  function flush(key) {
    var item = pending[key];
    if (!item || sending[key]) { return Promise.resolve(); }
    sending[key] = true;
    return request("POST", item.path, item.body).then(function () {
      sending[key] = false;
      if (pending[key] === item) {
        delete pending[key];
        say("");
        if (item.onSaved) { item.onSaved(); }
      } else {
        flush(key);
      }
    }, function (error) {
      sending[key] = false;
      if (error.refused) {
        if (pending[key] === item) { delete pending[key]; } else { flush(key); }
        failed(error);
      } else {
        say(T.not_sent, true);
      }
    });
  }

  window.setInterval(function () { Object.keys(pending).forEach(flush); }, 3000);
  window.addEventListener("online", function () { Object.keys(pending).forEach(flush); refresh(); });

  // --- joining ----------------------------------------------------------------------------

  function showJoin(code) {
    var input = el("input", { id: "code", type: "text", inputmode: "numeric",
      autocomplete: "one-time-code", maxlength: "12", value: code || "" });
    var button = el("button", { type: "submit", "class": "main", text: T.join_button });
    var form = el("form", {}, [
      el("label", { "class": "field", "for": "code", text: T.code_label }), input, button]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      join(input.value);
    });
    show([el("h1", { text: T.join_title }), el("p", { text: T.join_hint }), form], false);
    input.focus();
  }

  function join(code) {
    say(T.joining);
    request("POST", "/api/join", { code: String(code).trim() }).then(function (data) {
      token = data.token;
      try { window.localStorage.setItem(TOKEN_KEY, token); } catch (e) { /* private mode */ }
      say("");
      follow();
      refresh();
    }, function (error) { say(error.refused ? error.message : T.offline, true); });
  }

  // --- picking one's name (names are on) ------------------------------------------------

  var choosing = false;

  function showChoose(names) {
    var buttons = names.map(function (person) {
      return el("button", { type: "button", text: person.name,
        "aria-label": fill(T.i_am, { name: person.name }),
        onclick: function () { choose(person.id); } });
    });
    show([el("h1", { text: T.choose_title }),
      el("p", { text: names.length ? T.choose_hint : T.no_names }),
      el("div", { "class": "names" }, buttons),
      el("p", { text: T.alias_hint }),
      el("button", { type: "button", "class": "wide", text: T.alias_button,
        onclick: function () { choose(null); } })]);
  }

  function choose(id) {
    if (choosing) { return; }
    choosing = true;
    request("POST", "/api/participant", { id: id }).then(function () {
      choosing = false;
      say("");
      shownKey = null;
      refresh();
    }, function (error) {
      // Taken meanwhile by another phone: say so, and show the names still free.
      choosing = false;
      failed(error);
      shownKey = null;
      refresh();
    });
  }

  // --- following the facilitator ----------------------------------------------------------

  function follow() {
    if (window.EventSource && !events) {
      events = new window.EventSource("/api/events?token=" + encodeURIComponent(token));
      events.onmessage = function () { refresh(); };
      events.onerror = function () {
        // A stream that breaks (sleep, Wi-Fi) is replaced by asking every few seconds.
        if (events) { events.close(); events = null; }
        startPolling();
      };
    } else if (!window.EventSource) {
      startPolling();
    }
  }

  function startPolling() {
    if (!polling) {
      polling = window.setInterval(function () {
        refresh();
        if (token && !events && window.EventSource) { follow(); }
      }, 5000);
    }
  }

  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && token) { refresh(); }
  });

  function refresh() {
    if (!token) { return; }
    request("GET", "/api/state").then(function (data) {
      state = data;
      var round = data.round;
      var key = round ? [round.kind, round.step, round.done && !editing].join("/") : "none";
      if (data.choose) {
        key = "choose/" + data.choose.map(function (person) { return person.id; }).join(",");
      }
      if (key !== shownKey) {
        shownKey = key;
        render();
      }
      if (polling && events) { window.clearInterval(polling); polling = null; }
    }, failed);
  }

  function render() {
    if (state.choose) { showChoose(state.choose); return; }
    var round = state.round;
    var who = el("p", { text: fill(T.hello, { alias: state.alias }), "class": "alias" });
    if (!round) {
      editing = false;
      show([el("h1", { text: T.wait }), who, el("p", { text: T.wait_hint })]);
    } else if (round.done && !editing) {
      show([el("h1", { text: T.thanks }), who,
        el("button", { type: "button", text: T.change_answers, onclick: function () {
          editing = true; shownKey = null; refresh(); } })]);
    } else if (round.kind === "rating") {
      showRating(round, who);
    } else if (round.kind === "notes") {
      showNotes(round, who);
    } else {
      showDots(round, who);
    }
  }

  function finish() {
    request("POST", "/api/done", {}).then(function () {
      editing = false;
      shownKey = null;
      refresh();
    }, failed);
  }

  // --- rating -----------------------------------------------------------------------------

  function showRating(round, who) {
    var answers = {};
    Object.keys(round.answers).forEach(function (code) { answers[code] = round.answers[code]; });
    var total = round.statements.length;
    var count = el("p", { "aria-live": "polite" });
    var done = el("button", { type: "button", "class": "main", text: T.done_button, onclick: finish });
    var hint = el("p", { text: T.all_first });
    function counted() {
      var answered = round.statements.filter(function (s) {
        return Object.prototype.hasOwnProperty.call(answers, s.code);
      }).length;
      count.textContent = fill(T.answered, { answered: answered, total: total });
      done.disabled = answered < total;
      hint.hidden = answered >= total;
    }
    var sets = round.statements.map(function (statement, index) {
      var saved = el("p", { "class": "saved" });
      var name = "s" + index;
      var options = round.scale.map(function (anchor) {
        return { value: anchor.value, label: String(anchor.value), detail: anchor.label };
      });
      options.push({ value: null, label: T.dont_know, detail: round.dont_know });
      var choices = el("div", { "class": "choices" }, options.map(function (option) {
        var input = el("input", { type: "radio", name: name,
          value: option.value === null ? "" : String(option.value),
          checked: Object.prototype.hasOwnProperty.call(answers, statement.code) &&
            answers[statement.code] === option.value,
          onchange: function () {
            answers[statement.code] = option.value;
            counted();
            saved.textContent = "";
            send("rating:" + statement.code, "/api/rating",
              { statement: statement.code, value: option.value },
              function () { saved.textContent = T.saved; });
          } });
        return el("label", { "class": "choice" }, [input,
          el("span", {}, [option.label, option.detail ? el("small", { text: option.detail }) : null])]);
      }));
      return el("fieldset", {}, [
        el("legend", {}, [
          el("span", { "class": "dimension", text:
            fill(T.statement, { number: index + 1 }) + " · " + statement.dimension }),
          statement.text]),
        choices, saved]);
    });
    counted();
    show([el("h1", { text: T.rating_title }), who, el("p", { text: T.rating_hint }), count]
      .concat(sets, [hint, done]));
  }

  // --- notes ------------------------------------------------------------------------------

  function showNotes(round, who) {
    var notes = round.notes.slice();
    var typeName = "note-type";
    var types = el("fieldset", {}, [el("legend", { text: T.note_type }),
      el("div", { "class": "choices wide" }, round.types.map(function (type, index) {
        return el("label", { "class": "choice" }, [
          el("input", { type: "radio", name: typeName, value: type, checked: index === 0 }),
          el("span", { text: type })]);
      }))]);
    var text = el("textarea", { id: "note-text", maxlength: String(round.max_length) });
    var add = el("button", { type: "button", "class": "main", text: T.add_note });
    var listTitle = el("h2", {});
    var list = el("div", {});
    function listed() {
      listTitle.textContent = fill(T.your_notes, { count: notes.length });
      list.textContent = "";
      notes.forEach(function (note) {
        list.appendChild(el("div", { "class": "row" }, [
          el("div", { "class": "text" }, [el("span", { "class": "kind", text: note.type }), note.text]),
          el("button", { type: "button", text: T.remove,
            "aria-label": fill(T.remove_note, { text: note.text.slice(0, 40) }),
            onclick: function () {
              request("POST", "/api/notes/remove", { id: note.id }).then(function () {
                notes = notes.filter(function (n) { return n.id !== note.id; });
                listed();
              }, failed);
            } })]));
      });
      add.disabled = notes.length >= round.max_notes;
    }
    add.addEventListener("click", function () {
      var written = text.value.trim();
      if (!written) { text.focus(); return; }
      var chosen = screen.querySelector("input[name=" + typeName + "]:checked");
      var type = chosen ? chosen.value : round.types[round.types.length - 1];
      add.disabled = true;
      request("POST", "/api/notes", { text: written, type: type }).then(function (data) {
        notes.push({ id: data.id, text: written, type: type });
        text.value = "";
        say(T.saved);
        listed();
        text.focus();
      }, function (error) { add.disabled = false; failed(error); });
    });
    listed();
    show([el("h1", { text: T.notes_title }), who,
      el("p", { text: T["question_" + round.step] }), types,
      el("label", { "class": "field", "for": "note-text", text: T.note_text }), text, add,
      listTitle, list,
      el("button", { type: "button", "class": "main", text: T.done_button, onclick: finish })]);
  }

  // --- dots -------------------------------------------------------------------------------

  function showDots(round, who) {
    var dots = {};
    round.targets.forEach(function (target) { if (target.dots) { dots[target.id] = target.dots; } });
    var left = el("p", { "aria-live": "polite", "class": "alias" });
    function used() {
      return Object.keys(dots).reduce(function (sum, id) { return sum + dots[id]; }, 0);
    }
    var rows = round.targets.map(function (target) {
      var count = el("span", { "class": "count" });
      var minus = el("button", { type: "button", text: "−",
        "aria-label": fill(T.take_dot, { title: target.title }) });
      var plus = el("button", { type: "button", text: "+",
        "aria-label": fill(T.add_dot, { title: target.title }) });
      function change(by) {
        var now = (dots[target.id] || 0) + by;
        if (now < 0 || used() + by > round.budget) { return; }
        if (now) { dots[target.id] = now; } else { delete dots[target.id]; }
        counted();
        send("dots", "/api/dots", { dots: JSON.parse(JSON.stringify(dots)) }, function () { say(T.saved); });
      }
      minus.addEventListener("click", function () { change(-1); });
      plus.addEventListener("click", function () { change(1); });
      return { target: target, count: count, minus: minus, plus: plus,
        node: el("div", { "class": "row" }, [el("div", { "class": "text", text: target.title }),
          minus, count, plus]) };
    });
    function counted() {
      var spent = used();
      left.textContent = fill(T.dots_left, { left: round.budget - spent, budget: round.budget });
      rows.forEach(function (row) {
        var mine = dots[row.target.id] || 0;
        row.count.textContent = String(mine);
        row.count.setAttribute("aria-label", fill(T.dots_on, { count: mine }));
        row.minus.disabled = mine === 0;
        row.plus.disabled = spent >= round.budget;
      });
    }
    counted();
    var question = T["question_dots_" + round.step];
    show([el("h1", { text: T.dots_title }), who, el("p", { text: question }), left]
      .concat(rows.length ? rows.map(function (row) { return row.node; })
        : [el("p", { text: T.nothing_to_vote_on })],
      [el("button", { type: "button", "class": "main", text: T.done_button, onclick: finish })]));
  }

  // --- start ------------------------------------------------------------------------------

  var given = new URLSearchParams(window.location.search).get("code");
  if (given !== null && window.history.replaceState) {
    // The code stays out of the address bar, where a neighbour could read it.
    window.history.replaceState(null, "", "/");
  }
  if (token) {
    follow();
    refresh();
  } else if (given) {
    showJoin(given);
    join(given);
  } else {
    showJoin("");
  }
})();
"""
