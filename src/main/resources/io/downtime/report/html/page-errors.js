(function () {
  'use strict';
  // Every script error of the page is shown at its top, for the reader and for the browser test
  // (which reads #page-errors and data-script-errors from the rendered page).
  var errors = [];
  function show() {
    var box = document.getElementById('page-errors');
    if (!box) {
      return;
    }
    box.hidden = false;
    box.textContent = 'Script errors on this page (charts may be missing):\n' + errors.join('\n');
  }
  function record(message) {
    errors.push(String(message));
    document.documentElement.setAttribute('data-script-errors', String(errors.length));
    show();
  }
  window.addEventListener('error', function (event) {
    record((event.message || 'error') + (event.filename ? ' at ' + event.filename + ':' + event.lineno : ''));
  });
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    record('unhandled rejection: ' + (reason && reason.message ? reason.message : String(reason)));
  });
  document.addEventListener('DOMContentLoaded', function () {
    if (errors.length > 0) {
      show();
    }
  });
})();
