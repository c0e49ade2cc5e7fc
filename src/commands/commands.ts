// The ribbon's function file (commands.html): 一键重算 runs here, without the task pane.
import { recalcAll } from './recalc';

const handler = (event: Office.AddinCommands.Event) => void recalcAll(event);

Office.onReady(() => {
  // Current clients look the function up through Office.actions; older ones call a global of the same name.
  if (Office.actions?.associate) Office.actions.associate('recalcAll', handler);
});
(globalThis as unknown as Record<string, unknown>).recalcAll = handler;
