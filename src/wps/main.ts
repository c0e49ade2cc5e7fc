// Entry of the WPS 加载项's main page (index.html). WPS loads it with ribbon.xml and calls these page globals by
// the names ribbon.xml gives: OnAddinLoad once, OnAction for each button, OnGetEnabled and GetImage as it draws
// them (CustomUI callbacks, as in Kingsoft's wpsjs templates).
import { addinBase, wpsApplication } from './app';
import { clearCommand, recalcCommand, submissionCommand, togglePane } from './commands';

interface RibbonControl {
  Id: string;
}

const notify = (message: string) => window.alert(message);
const app = () => {
  const a = wpsApplication();
  if (!a) throw new Error('WPS Application is not available on this page');
  return a;
};

/** What each button did last: the e2e test and a person debugging in WPS (F12) can read it. */
export const lastAction: { id: string | null; done: Promise<unknown> } = { id: null, done: Promise.resolve() };

const handlers: Record<string, () => Promise<unknown> | void> = {
  btnRecalc: () => recalcCommand(app(), notify),
  btnPane: () => togglePane(app(), `${addinBase(location.href)}taskpane.html`),
  btnClear: () => clearCommand(app(), notify),
  btnSubmit: () => submissionCommand(app(), notify, (m) => window.confirm(m)),
};


const globals = globalThis as unknown as Record<string, unknown>;

globals.OnAddinLoad = (ribbonUI: unknown) => {
  const a = wpsApplication() as { ribbonUI?: unknown } | null;
  if (a && typeof a.ribbonUI !== 'object') a.ribbonUI = ribbonUI;
  return true;
};

globals.OnAction = (control: RibbonControl) => {
  const handler = handlers[control.Id];
  if (!handler) return true;
  lastAction.id = control.Id;
  lastAction.done = Promise.resolve().then(handler);
  return true;
};

// Always enabled: WPS asks only when it draws the ribbon (perhaps before any workbook is open), and a button pressed
// without a workbook says so in Chinese.
globals.OnGetEnabled = (_control: RibbonControl) => true;

// The add-in's own icon (assets/icon-32.png), relative to the add-in's folder.
globals.GetImage = (_control: RibbonControl) => 'images/icon-32.png';

globals.__jixiaoLastAction = lastAction;
