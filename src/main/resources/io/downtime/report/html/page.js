var downtimePage = (function () {
  'use strict';

  function countRendered() {
    var root = document.documentElement;
    root.setAttribute('data-charts-rendered', String(Number(root.getAttribute('data-charts-rendered') || '0') + 1));
  }

  // Draws one chart: the figure (data, layout, config) the page builder wrote, as it is.
  function plot(id, figure) {
    var div = document.getElementById(id);
    return Plotly.newPlot(div, figure.data, figure.layout, figure.config).then(function () {
      div.setAttribute('data-rendered', 'true');
      countRendered();
    });
  }

  function sortKey(cell, numeric) {
    var raw = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
    if (!numeric) {
      return raw;
    }
    var number = parseFloat(raw);
    return isNaN(number) ? -Infinity : number;
  }

  // A click (or Enter) on a column header sorts by that column, again to reverse. The sort is
  // stable, so sorting by one column and then another orders by both.
  function sortable(table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (header, column) {
      var numeric = header.classList.contains('num');
      function sort() {
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) {
          other.removeAttribute('aria-sort');
        });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortKey(a.cells[column], numeric);
          var y = sortKey(b.cells[column], numeric);
          var order = numeric ? (x < y ? -1 : x > y ? 1 : 0) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) {
          body.appendChild(row);
        });
      }
      header.tabIndex = 0;
      header.title = 'Sort by this column';
      header.addEventListener('click', sort);
      header.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          sort();
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), sortable);
  });

  return {plot: plot};
})();
