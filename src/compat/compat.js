// The first script of every page, in ES5 so that every engine Office may use can run it. The add-in's bundles need a
// current engine; Office on Windows still hosts add-ins in Internet Explorer 11 (Trident) or old Edge (EdgeHTML) in
// some versions (learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins), where the
// bundles cannot even be parsed and the pane would stay blank. probe.js, loaded next, sets window.__jixiaoModern only
// where they can run. Where they cannot, this loads unsupported.js, which says in zh-CN what works instead: in the
// task pane, and in a dialog when the 一键重算 button is pressed.
(function () {
  'use strict';
  var waiting = [];

  /** unsupported.js, loaded once, then `then` called with what it offers. */
  function load(then) {
    if (window.__jixiaoUnsupported) return then(window.__jixiaoUnsupported);
    waiting.push(then);
    if (waiting.length > 1) return;
    var script = document.createElement('script');
    script.src = String(window.location.href).split('#')[0].split('?')[0].replace(/[^/]*$/, '') + 'unsupported.js';
    script.onload = function () {
      var calls = waiting;
      waiting = [];
      for (var i = 0; i < calls.length; i++) calls[i](window.__jixiaoUnsupported);
    };
    (document.head || document.documentElement).appendChild(script);
  }

  // Defined at once, so an Office that calls the function by name finds it; the real bundle replaces it.
  if (typeof window.recalcAll !== 'function') {
    window.recalcAll = function (event) {
      load(function (u) {
        u.recalc(event);
      });
    };
  }

  function check() {
    if (window.__jixiaoModern === true) return;
    load(function (u) {
      u.start();
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check);
  else check();
})();
