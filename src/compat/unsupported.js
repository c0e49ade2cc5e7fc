// What compat.js shows where the add-in's bundles cannot run (Internet Explorer 11, old Edge): plain ES5, loaded only
// there, so current engines never download these words. The task pane gets the message in zh-CN (en-US second) with
// what works instead; the 一键重算 button gets the same in a dialog (notice.html).
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
      var base = pageUrl.replace(/[^/]*$/, '');
      window.Office.context.ui.displayDialogAsync(base + 'notice.html?m=' + encodeURIComponent(text()), { height: 60, width: 40, displayInIframe: true }, function () {});
    } catch (e) {
      // No dialog API either: nothing more can be shown.
    }
    if (event && event.completed) event.completed();
  }

  function start() {
    var container = document.getElementById('container');
    if (container) showInPane(container);
    else if (window.Office && window.Office.onReady) {
      window.Office.onReady(function () {
        if (window.Office.actions && window.Office.actions.associate) window.Office.actions.associate('recalcAll', recalcUnsupported);
      });
    }
  }

  window.__jixiaoUnsupported = { start: start, recalc: recalcUnsupported, text: text };
})();
