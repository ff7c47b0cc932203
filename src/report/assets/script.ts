// The pages' only script, inline and allowed by hash in the Content-Security-Policy: sortable tables
// and the switches that hide a kind of mark. Plain ES2017 so that it runs in any current browser.

export const SCRIPT = `(function () {
  'use strict';
  function key(row, column, numeric) {
    var cell = row.cells[column];
    var raw = cell ? (cell.getAttribute('data-sort') !== null ? cell.getAttribute('data-sort') : cell.textContent) : '';
    if (!numeric) return raw.trim().toLowerCase();
    var number = parseFloat(raw);
    return isNaN(number) ? -Infinity : number;
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (header, column) {
      var button = header.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = header.getAttribute('data-type') === 'number';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
          return { row: row, key: key(row, column, numeric), index: index };
        });
        rows.sort(function (a, b) {
          var order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
          return (ascending ? order : -order) || a.index - b.index;
        });
        rows.forEach(function (entry) { body.appendChild(entry.row); });
      });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('input[data-hide]'), function (input) {
    var update = function () { document.body.classList.toggle('hide-' + input.getAttribute('data-hide'), !input.checked); };
    input.addEventListener('change', update);
    update();
  });
})();
`;
