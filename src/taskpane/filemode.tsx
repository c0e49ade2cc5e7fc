// Entry of filemode/index.html: file mode as a page of its own, for a browser with no Excel around it. Unlike
// taskpane.html it loads no office.js, whose start-up (its host/version mapping table) is blocked under file://, so
// the unpacked release folder works when double-clicked as well as from a web server.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FileModeRoot } from './file';
import { pickLocale } from './i18n';

const container = document.getElementById('container');
if (container) createRoot(container).render(<FileModeRoot locale={pickLocale(navigator.language)} />);
