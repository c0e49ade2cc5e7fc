// The 一键重算 dialog (notice.html?m=…): shows one message and closes. Plain ES5 with no library, because it is also
// how the ribbon button speaks in an Office whose webview cannot run the add-in (see src/compat/compat.js).
(function () {
  'use strict';
  function param(name) {
    var pairs = (window.location.search || '').replace(/^\?/, '').split('&');
    for (var i = 0; i < pairs.length; i++) {
      var eq = pairs[i].indexOf('=');
      var key = eq < 0 ? pairs[i] : pairs[i].slice(0, eq);
      if (key === name) {
        try {
          return decodeURIComponent(pairs[i].slice(eq + 1).replace(/\+/g, ' '));
        } catch (e) {
          return '';
        }
      }
    }
    return '';
  }
  var message = document.getElementById('message');
  message.textContent = param('m');
  document.getElementById('close').onclick = function () {
    if (window.Office && Office.onReady) {
      Office.onReady(function () {
        Office.context.ui.messageParent('close');
      });
    }
  };
})();
