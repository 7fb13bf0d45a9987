"use strict";
// Tooltips for highlights and chart points, click-through from a highlight to its row, and the
// reviewer's corrections (kept in localStorage, exported as JSON for `pipeline gold import`).
(function () {
  const page = JSON.parse(document.getElementById("page-data").textContent);
  const tip = document.getElementById("tip");

  function showTip(event) {
    const el = event.target.closest && event.target.closest("[data-tip]");
    if (!el) return;
    tip.textContent = el.dataset.tip || el.getAttribute("data-tip");
    const box = el.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(box.left, window.innerWidth - 430)) + "px";
    tip.style.top = (box.bottom + 6 > window.innerHeight - 40 ? box.top - 30 : box.bottom + 6) + "px";
    tip.style.display = "block";
  }
  function hideTip() { tip.style.display = "none"; }
  document.addEventListener("mouseover", showTip);
  document.addEventListener("focusin", showTip);
  document.addEventListener("mouseout", hideTip);
  document.addEventListener("focusout", hideTip);

  // A click on a highlight's words (not its label link) goes to its row too.
  document.addEventListener("click", (event) => {
    if (event.target.closest("a, button, input, select, textarea")) return;
    const mark = event.target.closest("mark.ent[data-rid]");
    if (mark && document.getElementById("r-" + mark.dataset.rid)) location.hash = "r-" + mark.dataset.rid;
  });

  const form = document.getElementById("add-form");
  if (!form) return;  // a failed document has nothing to correct
  const key = "zh-facts-review:" + page.doc_id + ":" + page.sha256;
  let state = { decisions: {}, added: [], genre: null };
  try { state = Object.assign(state, JSON.parse(localStorage.getItem(key) || "{}")); } catch (e) { /* file:// without storage */ }
  const save = () => { try { localStorage.setItem(key, JSON.stringify(state)); } catch (e) { /* ignore */ } };
  const $ = (id) => document.getElementById(id);

  function paint() {
    for (const tr of document.querySelectorAll("tr[data-item]")) {
      const verdict = state.decisions[tr.dataset.rid];
      if (verdict) tr.dataset.verdict = verdict; else delete tr.dataset.verdict;
      for (const b of tr.querySelectorAll("button.verdict")) b.setAttribute("aria-pressed", String(b.dataset.verdict === verdict));
    }
    $("n-decisions").textContent = Object.keys(state.decisions).length;
    $("n-added").textContent = state.added.length;
    const list = $("added");
    list.textContent = "";
    state.added.forEach((entry, i) => {
      const li = document.createElement("li");
      li.textContent = entry.kind + ": " + JSON.stringify(entry.item) + " ";
      const remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "remove";
      remove.addEventListener("click", () => { state.added.splice(i, 1); save(); paint(); });
      li.appendChild(remove);
      list.appendChild(li);
    });
    if (state.genre !== null) $("genre").value = state.genre;
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest("button.verdict");
    if (!button) return;
    const row = button.closest("tr").dataset.rid;
    if (state.decisions[row] === button.dataset.verdict) delete state.decisions[row];
    else state.decisions[row] = button.dataset.verdict;
    save(); paint();
  });
  $("accept-rest").addEventListener("click", () => {
    for (const tr of document.querySelectorAll("tr[data-item]")) {
      if (!state.decisions[tr.dataset.rid]) state.decisions[tr.dataset.rid] = "correct";
    }
    save(); paint();
  });
  $("clear").addEventListener("click", () => { state = { decisions: {}, added: [], genre: null }; save(); paint(); });
  $("genre").addEventListener("change", () => { state.genre = $("genre").value; save(); });

  // The add form shows the fields of the chosen kind; selecting words in the text fills it in.
  function showFields() {
    for (const label of form.querySelectorAll("label[data-for]")) {
      label.hidden = !label.dataset.for.split(" ").includes($("add-kind").value);
    }
  }
  $("add-kind").addEventListener("change", showFields);
  function sentenceText(sent) {
    let text = "";
    for (const part of document.querySelectorAll('.sent[data-sent="' + sent + '"]')) {
      const copy = part.cloneNode(true);
      for (const extra of copy.querySelectorAll(".lbl, .sid")) extra.remove();
      text += copy.textContent;
    }
    return text;
  }
  $("text").addEventListener("mouseup", () => {
    const selection = window.getSelection();
    const words = selection.toString().trim();
    if (!words) return;
    $("add-text").value = words;
    if (!$("add-canonical").value) $("add-canonical").value = words;
    const node = selection.anchorNode && (selection.anchorNode.nodeType === 1 ? selection.anchorNode : selection.anchorNode.parentElement);
    const sent = node && node.closest(".sent");
    if (sent) $("add-sentence").value = sentenceText(sent.dataset.sent);
  });
  const orNull = (value) => (value.trim() ? value.trim() : null);
  $("add").addEventListener("click", () => {
    const kind = $("add-kind").value;
    const text = $("add-text").value.trim();
    const value = Number($("add-value").value.replace(/,/g, ""));
    let item;
    if (kind === "numbers") item = { text, value, unit: $("add-unit").value.trim(), kind: $("add-number-kind").value, approx: $("add-approx").value };
    else if (kind === "dates") item = { text, value: orNull($("add-date").value) };
    else if (kind === "organizations") item = { canonical: $("add-canonical").value.trim() || text, type: $("add-org-type").value, mentions: [text] };
    else item = { sentence: $("add-sentence").value, metric: $("add-metric").value.trim(), value, unit: $("add-unit").value.trim(), time: orNull($("add-time").value), source: orNull($("add-source").value) };
    const problem = (kind !== "claims" && !text) ? "select or type the text first"
      : ((kind === "numbers" || kind === "claims") && (!$("add-value").value.trim() || !Number.isFinite(value))) ? "the value must be a number"
      : (kind === "claims" && !item.sentence) ? "select words in the claim's sentence first" : "";
    $("add-error").textContent = problem;
    if (problem) return;
    state.added.push({ kind, item });
    save(); paint();
  });

  function corrections() {
    const decisions = [];
    for (const tr of document.querySelectorAll("tr[data-item]")) {
      const verdict = state.decisions[tr.dataset.rid];
      if (!verdict) continue;
      const item = JSON.parse(tr.dataset.item);
      if (tr.dataset.kind === "claims") item.sentence = tr.dataset.sent ? sentenceText(tr.dataset.sent) : "";
      decisions.push({ row: tr.dataset.rid, kind: tr.dataset.kind, verdict, item });
    }
    for (const entry of state.added) decisions.push({ row: null, kind: entry.kind, verdict: "missed", item: entry.item });
    return { format: "zh-facts-corrections", version: 1, doc_id: page.doc_id, sha256: page.sha256,
             document_date: page.document_date, genre: $("genre").value || null, decisions };
  }
  $("export").addEventListener("click", () => {
    const json = JSON.stringify(corrections(), null, 2) + "\n";
    $("corrections-json").value = json;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    link.download = page.doc_id + ".corrections.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
  });
  showFields();
  paint();
})();
