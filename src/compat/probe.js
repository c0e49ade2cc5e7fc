// Parsed only by an engine that can run the add-in's bundles: they use ES2021 syntax (?., ??, ??=) and ES2019+
// built-ins. Internet Explorer 11 (Trident) and old Edge (EdgeHTML) stop at the first line with a syntax error, so the
// flag stays unset and compat.js says what works instead. Keep this file's syntax as new as the bundles'.
var jixiaoProbe = { ok: null };
jixiaoProbe.ok ??= (jixiaoProbe?.missing ?? true) && typeof Object.fromEntries === 'function' && typeof globalThis === 'object' && typeof Array.prototype.flatMap === 'function';
window.__jixiaoModern = jixiaoProbe.ok === true;
