(function () {
  "use strict";
  function cellValue(row, index, type) {
    var cell = row.cells[index];
    var raw = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
    if (type === "number") {
      var n = parseFloat(raw);
      return isNaN(n) ? -Infinity : n;
    }
    return raw;
  }
  function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  function sortBy(table, header) {
    var headers = Array.prototype.slice.call(header.parentNode.children);
    var index = headers.indexOf(header);
    var type = header.getAttribute("data-type");
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    headers.forEach(function (h) { h.setAttribute("aria-sort", "none"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (row, i) {
      return { row: row, key: cellValue(row, index, type), at: i };
    });
    rows.sort(function (x, y) {
      var c = compare(x.key, y.key);
      return (ascending ? c : -c) || x.at - y.at;
    });
    rows.forEach(function (r) { body.appendChild(r.row); });
  }
  function filter(table) {
    var text = document.querySelector('[data-filter-for="' + table.id + '"]');
    var kind = document.querySelector('[data-kind-for="' + table.id + '"]');
    var query = text ? text.value.trim().toLowerCase() : "";
    var wanted = kind ? kind.value : "";
    var shown = 0;
    var rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var haystack = row.textContent;
      for (var c = 0; c < row.cells.length; c++) { haystack += " " + row.cells[c].title; }
      haystack = haystack.toLowerCase();
      var visible = (!query || haystack.indexOf(query) >= 0) && (!wanted || row.getAttribute("data-kind") === wanted);
      row.hidden = !visible;
      if (visible) { shown++; }
    }
    var count = document.getElementById(table.getAttribute("data-count"));
    if (count) { count.textContent = shown + " of " + rows.length + " deals"; }
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header) {
      var button = header.querySelector("button");
      if (button) { button.addEventListener("click", function () { sortBy(table, header); }); }
    });
    var text = document.querySelector('[data-filter-for="' + table.id + '"]');
    var kind = document.querySelector('[data-kind-for="' + table.id + '"]');
    if (text) { text.addEventListener("input", function () { filter(table); }); }
    if (kind) { kind.addEventListener("change", function () { filter(table); }); }
  });
}());
// Folded tables are unfolded for printing, so a printed page holds what the screen can show.
window.addEventListener("beforeprint", function () {
  document.querySelectorAll("details").forEach(function (d) { d.open = true; });
});
