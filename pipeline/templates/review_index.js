"use strict";
// Sort by a column (click its header; again to reverse) and filter the rows. The server-side order
// (failed first) is the page's order without JavaScript.
(function () {
  const table = document.getElementById("documents");
  const body = table.tBodies[0];
  const filter = document.getElementById("filter");
  const show = document.getElementById("show");
  const shown = document.getElementById("shown");
  const keep = {
    all: () => true,
    attention: (tr) => tr.dataset.status !== "ok" || tr.dataset.failedChecks !== "0",
    failed: (tr) => tr.dataset.status !== "ok",
    gold: (tr) => tr.dataset.gold === "yes",
  };
  function apply() {
    const needle = filter.value.trim().toLowerCase();
    let n = 0;
    for (const tr of body.rows) {
      const visible = keep[show.value](tr) && (!needle || tr.textContent.toLowerCase().includes(needle));
      tr.hidden = !visible;
      n += visible ? 1 : 0;
    }
    shown.textContent = n + " shown";
  }
  table.tHead.addEventListener("click", (event) => {
    const th = event.target.closest("th[data-sort]");
    if (!th) return;
    const col = th.cellIndex;
    const numeric = th.dataset.sort === "num";
    const dir = th.dataset.dir === "asc" ? -1 : 1;
    for (const other of table.tHead.rows[0].cells) delete other.dataset.dir;
    th.dataset.dir = dir === 1 ? "asc" : "desc";
    const key = (tr) => {
      const cell = tr.cells[col];
      return numeric ? parseFloat(cell.dataset.v) : cell.textContent.trim();
    };
    const rows = Array.from(body.rows);
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      return dir * (numeric ? x - y : x.localeCompare(y, "zh"));
    });
    for (const tr of rows) body.appendChild(tr);
  });
  filter.addEventListener("input", apply);
  show.addEventListener("change", apply);
})();
