
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var storeKey = "numfacts-review:" + data.key;
  var rows = data.rows;
  var table = document.getElementById("fact-table");
  var tbody = table.tBodies[0];
  var tip = document.getElementById("tip");
  var state = load();

  function factId(i) { return rows[i].start + "-" + rows[i].end; }
  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey) || "{}") || {}; } catch (e) { return {}; }
  }
  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* private mode: keep in memory */ }
  }
  function entry(i) { return state[factId(i)] || { status: "unchecked", note: "" }; }
  function markOf(i) { return document.getElementById("m-" + i); }
  function rowOf(i) { return document.getElementById("r-" + i); }

  function paint(i) {
    var e = entry(i), tr = rowOf(i), m = markOf(i);
    data.statuses.forEach(function (s) {
      if (tr) { tr.classList.toggle("s-" + s, e.status === s); }
      if (m) { m.classList.toggle("s-" + s, e.status === s); }
    });
  }
  function progress() {
    var done = 0;
    rows.forEach(function (r, i) { if (entry(i).status !== "unchecked") { done += 1; } });
    document.getElementById("progress").textContent = done + " of " + rows.length + " reviewed";
  }

  Array.prototype.forEach.call(tbody.rows, function (tr) {
    var i = Number(tr.dataset.row), e = entry(i);
    var sel = tr.querySelector("select.status"), note = tr.querySelector("input.note");
    sel.value = e.status;
    note.value = e.note;
    sel.addEventListener("change", function () { update(i, { status: sel.value }); });
    note.addEventListener("input", function () { update(i, { note: note.value }); });
    paint(i);
  });
  progress();

  function update(i, change) {
    var e = entry(i);
    state[factId(i)] = { status: change.status !== undefined ? change.status : e.status,
                         note: change.note !== undefined ? change.note : e.note };
    save();
    paint(i);
    progress();
  }

  function flash(el) {
    el.classList.remove("flash");
    void el.offsetWidth;  // restart the animation
    el.classList.add("flash");
  }
  function jump(i) {
    var m = markOf(i);
    if (!m) { return; }
    m.scrollIntoView({ block: "center", behavior: "smooth" });
    m.focus({ preventScroll: true });
    flash(m);
  }
  function reveal(i) {
    var tr = rowOf(i);
    if (!tr) { return; }
    if (tr.hidden) { clearFilters(); }
    tr.scrollIntoView({ block: "center", behavior: "smooth" });
    flash(tr);
  }

  tbody.addEventListener("click", function (ev) {
    if (ev.target.closest("select, input, button, a")) { return; }
    var tr = ev.target.closest("tr");
    if (tr) { jump(Number(tr.dataset.row)); }
  });
  tbody.addEventListener("keydown", function (ev) {
    if (ev.target.tagName !== "TR") { return; }
    if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); jump(Number(ev.target.dataset.row)); }
  });
  document.getElementById("warnings").addEventListener("click", function (ev) {
    var a = ev.target.closest("a.jump");
    if (a) { ev.preventDefault(); jump(Number(a.dataset.row)); }
  });

  // the tooltip: value, unit, entity, qualifier, date, attribution of a mark under the pointer or focus
  function showTip(m) {
    var r = rows[Number(m.dataset.row)];
    var dl = document.createElement("dl");
    data.tipFields.forEach(function (f) {
      var v = r[f];
      if (v === null || v === undefined || v === "") { return; }
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = f;
      dd.textContent = typeof v === "number" ? v.toLocaleString("en") : String(v);
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    var head = document.createElement("strong");
    head.textContent = r.text + " — " + r.kind + " · " + entry(Number(m.dataset.row)).status;
    tip.replaceChildren(head, dl);
    tip.hidden = false;
    var box = m.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(window.scrollX + 4, left) + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
  }
  function hideTip() { tip.hidden = true; }
  var article = document.getElementById("article");
  article.addEventListener("mouseover", function (ev) { var m = ev.target.closest("mark"); if (m) { showTip(m); } });
  article.addEventListener("mouseout", function (ev) { if (ev.target.closest("mark")) { hideTip(); } });
  article.addEventListener("focusin", function (ev) { if (ev.target.tagName === "MARK") { showTip(ev.target); } });
  article.addEventListener("focusout", hideTip);
  article.addEventListener("click", function (ev) { var m = ev.target.closest("mark"); if (m) { reveal(Number(m.dataset.row)); } });
  article.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { hideTip(); }
    if (ev.key === "Enter" && ev.target.tagName === "MARK") { reveal(Number(ev.target.dataset.row)); }
  });
  article.querySelector(".text").addEventListener("scroll", function () {
    var a = document.activeElement;  // keep the tooltip beside a focused mark, else drop it
    if (a && a.tagName === "MARK" && !tip.hidden) { showTip(a); } else { hideTip(); }
  });

  // filters
  var kindFilter = document.getElementById("kind-filter");
  var statusFilter = document.getElementById("status-filter");
  var textFilter = document.getElementById("text-filter");
  var verdictFilter = document.getElementById("verdict-filter");  // only with --against
  function applyFilters() {
    var k = kindFilter.value, s = statusFilter.value, q = textFilter.value.trim().toLowerCase(), shown = 0;
    var v = verdictFilter ? verdictFilter.value : "";
    Array.prototype.forEach.call(tbody.rows, function (tr) {
      var i = Number(tr.dataset.row), r = rows[i];
      var hay = [r.text, r.kind, r.entity, r.unit, r.attribution, r.sentence, r.date, r.reason, entry(i).note]
        .filter(function (x) { return x !== null && x !== undefined; }).join(" ").toLowerCase();
      var ok = (!k || r.kind === k) && (!s || entry(i).status === s) && (!q || hay.indexOf(q) >= 0) &&
        (!v || r.verdict === v);
      tr.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.getElementById("shown").textContent = shown + " of " + rows.length + " shown";
  }
  function clearFilters() {
    kindFilter.value = ""; statusFilter.value = ""; textFilter.value = "";
    if (verdictFilter) { verdictFilter.value = ""; }
    applyFilters();
  }
  [kindFilter, statusFilter, verdictFilter].forEach(function (el) { if (el) { el.addEventListener("change", applyFilters); } });
  textFilter.addEventListener("input", applyFilters);
  applyFilters();

  // sorting
  var sortKey = "row", sortDir = 1;
  function sortValue(i, key) {
    if (key === "status") { return data.statuses.indexOf(entry(i).status); }
    if (key === "row") { return i; }
    var v = rows[i][key];
    if (key === "value" && (v === null || v === undefined)) { v = rows[i].low !== null ? rows[i].low : rows[i].high; }
    return v;
  }
  table.tHead.addEventListener("click", function (ev) {
    var b = ev.target.closest("button[data-sort]");
    if (!b) { return; }
    var key = b.dataset.sort;
    sortDir = key === sortKey ? -sortDir : 1;
    sortKey = key;
    var trs = Array.prototype.slice.call(tbody.rows);
    trs.sort(function (x, y) {
      var a = sortValue(Number(x.dataset.row), key), c = sortValue(Number(y.dataset.row), key);
      if (a === null || a === undefined) { return 1; }
      if (c === null || c === undefined) { return -1; }
      var d = typeof a === "number" && typeof c === "number" ? a - c : String(a).localeCompare(String(c));
      return (d || Number(x.dataset.row) - Number(y.dataset.row)) * sortDir;
    });
    trs.forEach(function (tr) { tbody.appendChild(tr); });
    Array.prototype.forEach.call(table.tHead.querySelectorAll("th"), function (th) { th.removeAttribute("aria-sort"); });
    b.parentNode.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
  });

  // CSV export: every column of every row, with its status and note
  function cell(v) {
    if (v === null || v === undefined) { return ""; }
    var s = String(v);
    if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) { s = "'" + s; }  // no formulas in spreadsheets
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csv() {
    var header = data.columns.concat(["status", "note"]);
    var lines = [header.map(cell).join(",")];
    rows.forEach(function (r, i) {
      var e = entry(i);
      lines.push(data.columns.map(function (c) { return cell(r[c]); }).concat([cell(e.status), cell(e.note)]).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  }
  document.getElementById("export").addEventListener("click", function () {
    var blob = new Blob(["\ufeff" + csv()], { type: "text/csv;charset=utf-8" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "review-" + data.key.replace(/[^\w.-]+/g, "_") + ".csv";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  });

  // CSV import: the statuses and notes of an exported file, matched to facts by start and end
  function parseCsv(text) {
    var out = [], row = [], cell = "", quoted = false, i, c;
    text = text.replace(/^\ufeff/, "");
    for (i = 0; i < text.length; i += 1) {
      c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; }
        else if (c === '"') { quoted = false; }
        else { cell += c; }
      } else if (c === '"') { quoted = true; }
      else if (c === ",") { row.push(cell); cell = ""; }
      else if (c === "\n" || c === "\r") {
        if (c === "\r" && text[i + 1] === "\n") { i += 1; }
        row.push(cell); out.push(row); row = []; cell = "";
      } else { cell += c; }
    }
    if (cell !== "" || row.length) { row.push(cell); out.push(row); }
    return out;
  }
  function unescapeCell(s) { return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s; }
  function importCsv(text) {
    var table = parseCsv(text), head = table[0] || [], ids = {}, n = 0;
    var cs = head.indexOf("start"), ce = head.indexOf("end"), ct = head.indexOf("status"), cn = head.indexOf("note");
    if (cs < 0 || ce < 0 || ct < 0) { return -1; }
    rows.forEach(function (r, i) { ids[factId(i)] = i; });
    table.slice(1).forEach(function (line) {
      var i = ids[line[cs] + "-" + line[ce]], status = line[ct];
      if (i === undefined || data.statuses.indexOf(status) < 0) { return; }
      update(i, { status: status, note: cn >= 0 ? unescapeCell(line[cn] || "") : entry(i).note });
      var tr = rowOf(i);
      tr.querySelector("select.status").value = entry(i).status;
      tr.querySelector("input.note").value = entry(i).note;
      n += 1;
    });
    applyFilters();
    return n;
  }
  document.getElementById("import").addEventListener("change", function (ev) {
    var file = ev.target.files && ev.target.files[0];
    if (!file) { return; }
    var reader = new FileReader();
    reader.onload = function () {
      var n = importCsv(String(reader.result));
      document.getElementById("shown").textContent = n < 0 ? "not an exported review CSV" : n + " statuses imported";
    };
    reader.readAsText(file, "utf-8");
  });

  window.numfactsReview = { csv: csv, importCsv: importCsv, jump: jump, key: storeKey,
                            state: function () { return state; } };
})();
