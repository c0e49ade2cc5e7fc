// The first script of every page, in ES5 so that every engine Office may use can run it. The add-in's bundles need a
// current engine; Office on Windows still hosts add-ins in Internet Explorer 11 (Trident) or old Edge (EdgeHTML) in
// some versions (learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins), where the
// bundles cannot even be parsed and the pane would stay blank. probe.js, loaded next, sets window.__jixiaoModern only
// where they can run. Where they cannot, the task pane says so in zh-CN (en-US second) with what works instead, and
// the 一键重算 button answers with the same in a dialog.
(function () {
  'use strict';
  var ua = window.navigator.userAgent || '';
  var engine = /Trident\//.test(ua) ? 'Internet Explorer 11（Trident）' : /\bEdge\/\d/.test(ua) ? '旧版 Microsoft Edge（EdgeHTML）' : '较旧的浏览器';
  var pageUrl = String(window.location.href).split('#')[0].split('?')[0];

  var zh = [
    '绩效自评助手无法在这个版本的 Office 中运行：Office 用来显示加载项的网页内核是' + engine + '，过于陈旧。没有读取或修改工作簿中的任何内容。',
    '可以这样检查和重算自评表：',
    '① 文件模式：用 Chrome、新版 Microsoft Edge 或 360 极速浏览器等打开下面的地址，选择或拖入 .xlsx 文件即可检查、重算并下载已校验的文件；文件只在本机浏览器中处理，不会上传。',
    '② 命令行：jixiao check 自评表.xlsx（只检查），jixiao recalc 自评表.xlsx -o 已校验.xlsx（重算后另存）。',
    '③ 请信息科为 Office 安装 Microsoft Edge WebView2 运行时，或升级到 Office 2021 及以上、Microsoft 365，之后加载项即可在 Excel 中使用。'
  ];
  var en = 'This version of Office shows add-ins with ' + (/Trident\//.test(ua) ? 'Internet Explorer 11' : /\bEdge\/\d/.test(ua) ? 'Microsoft Edge Legacy' : 'an old browser engine') +
    ', which cannot run the assistant; nothing was read or changed. Open the address below in a current browser (file mode), use the jixiao command line, or ask IT to install the WebView2 runtime or upgrade Office.';

  function modern() {
    return window.__jixiaoModern === true;
  }

  /** The message as plain text, for the ribbon's dialog. */
  function text() {
    return zh.join('\n') + '\n' + pageUrl;
  }

  function showInPane(container) {
    while (container.firstChild) container.removeChild(container.firstChild);
    var main = document.createElement('div');
    main.setAttribute('role', 'alert');
    main.setAttribute('data-testid', 'unsupported-engine');
    main.style.cssText = 'font-family: "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 14px; line-height: 1.6; padding: 12px';
    var title = document.createElement('h1');
    title.style.cssText = 'font-size: 18px; margin: 0 0 8px';
    title.appendChild(document.createTextNode('绩效自评助手'));
    main.appendChild(title);
    for (var i = 0; i < zh.length; i++) {
      var p = document.createElement('p');
      p.style.margin = '0 0 8px';
      p.appendChild(document.createTextNode(zh[i]));
      main.appendChild(p);
      if (i === 2) {
        var link = document.createElement('a');
        link.href = pageUrl;
        link.target = '_blank';
        link.style.wordBreak = 'break-all';
        link.appendChild(document.createTextNode(pageUrl));
        var box = document.createElement('p');
        box.style.margin = '0 0 8px 1.5em';
        box.appendChild(link);
        main.appendChild(box);
      }
    }
    var note = document.createElement('p');
    note.setAttribute('lang', 'en');
    note.style.cssText = 'color: #555; font-size: 12px';
    note.appendChild(document.createTextNode(en));
    main.appendChild(note);
    container.appendChild(main);
  }

  /** 一键重算 where the bundle cannot run: the same words in a dialog, then the button is released. */
  function recalcUnsupported(event) {
    try {
      var base = pageUrl.replace(/[^\/]*$/, '');
      window.Office.context.ui.displayDialogAsync(base + 'notice.html?m=' + encodeURIComponent(text()), { height: 60, width: 40, displayInIframe: true }, function () {});
    } catch (e) {
      // No dialog API either: nothing more can be shown.
    }
    if (event && event.completed) event.completed();
  }

  // Defined at once, so an Office that calls the function by name finds it; the real bundle replaces it.
  if (typeof window.recalcAll !== 'function') window.recalcAll = recalcUnsupported;

  function check() {
    if (modern()) return;
    var container = document.getElementById('container');
    if (container) showInPane(container);
    else if (window.Office && window.Office.onReady) {
      window.Office.onReady(function () {
        if (window.Office.actions && window.Office.actions.associate) window.Office.actions.associate('recalcAll', recalcUnsupported);
      });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check);
  else check();
  window.__jixiaoCompat = { text: text, modern: modern };
})();
