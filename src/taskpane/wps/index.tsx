// Entry of the WPS task pane (taskpane.html, opened by 自评助手 with Application.CreateTaskPane): the same pane as in
// Excel, over the WPS host.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../components/App';
import { WpsHost } from '../../wps/host';
import { wpsApplication } from '../../wps/app';

const container = document.getElementById('container');
const app = wpsApplication();
if (container && app) createRoot(container).render(<App host={new WpsHost(app)} locale="zh-CN" />);
else if (container) container.textContent = '请在 WPS 表格中打开本加载项（绩效自评 › 自评助手）。';
