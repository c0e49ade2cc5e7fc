// The ribbon's function file (commands.html): 一键重算 runs here, without the task pane.
import { recalcAll } from './recalc';

Office.onReady(() => {
  Office.actions.associate('recalcAll', (event: Office.AddinCommands.Event) => void recalcAll(event));
});
