// What this Excel can do, decided from two sources that can disagree: the host's requirement sets
// (Office.context.requirements.isSetSupported answers for the Excel running the add-in) and the office.js library the
// page loaded (which defines an API only if it is at least as new as that API). A current Microsoft 365 with an old
// library says ExcelApi 1.18 while `Worksheet.notes` is undefined; trusting the host alone makes every read fail with
// "Cannot read properties of undefined". So each ability needs both, and a missing one degrades instead of failing.

export interface Capabilities {
  /** Worksheet.notes (ExcelApi 1.18). Without it, marks are fills only (still recorded in the ledger). */
  notes: boolean;
  /** Excel.run({ mergeUndoGroup }) (ExcelApi 1.20): one recalculation is one Ctrl+Z. Without it, 撤销本次写入. */
  undoGroup: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). Without it the engine infers merged labels from blanks. */
  merges: boolean;
  /** Worksheet.comments (ExcelApi 1.10): threaded comments, so no note is added to a cell that has one. */
  threadedComments: boolean;
  /** The host keeps API changes on its undo stack (ExcelApi 1.20), so nothing may call what clears that stack. */
  apiUndo: boolean;
  /** Worksheet.pageLayout (ExcelApi 1.9): jixiao's sheets print A4 landscape, one page wide, the header on each
   *  page. Without it they are written all the same, with Excel's default print setup. */
  pageLayout: boolean;
  /** Worksheet.findAllOrNullObject (ExcelApi 1.9, with RangeAreas.areas and cellCount, which the same set and the
   *  same library brought): a large sheet that holds no table is told by its marked cells, its values left unread.
   *  Without it, such a sheet's values are read. */
  findAll: boolean;
}

/** Office.context.requirements, or the fake's. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The parts of the loaded library's `Excel` namespace capability detection looks at. */
export interface ExcelLibrary {
  Worksheet?: { prototype: object };
  Range?: { prototype: object };
  /** Added to the library with ExcelApi 1.20, the same release that taught Excel.run the mergeUndoGroup option. */
  CustomFunctionManager?: unknown;
}

/** Whether the library's class defines a member (a method, or a property with a getter), anywhere up its chain. */
export function libraryHas(cls: { prototype: object } | undefined, member: string): boolean {
  for (let proto: object | null = cls?.prototype ?? null; proto; proto = Object.getPrototypeOf(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, member);
    if (d) return typeof d.get === 'function' || typeof d.value === 'function';
  }
  return false;
}

function hostSupports(requirements: Requirements | undefined, minor: number): boolean {
  try {
    return !!requirements?.isSetSupported('ExcelApi', `1.${minor}`);
  } catch {
    return false;
  }
}

export function detectCapabilities(requirements: Requirements | undefined, library: ExcelLibrary | undefined): Capabilities {
  const host = (minor: number) => hostSupports(requirements, minor);
  return {
    notes: host(18) && libraryHas(library?.Worksheet, 'notes'),
    // mergeUndoGroup is an option, not a member: an old library drops it silently, so look for its 1.20 sibling.
    undoGroup: host(20) && library?.CustomFunctionManager !== undefined,
    merges: host(13) && libraryHas(library?.Range, 'getMergedAreasOrNullObject'),
    threadedComments: host(10) && libraryHas(library?.Worksheet, 'comments'),
    apiUndo: host(20),
    pageLayout: host(9) && libraryHas(library?.Worksheet, 'pageLayout'),
    findAll: host(9) && libraryHas(library?.Worksheet, 'findAllOrNullObject'),
  };
}

/** The real Office globals, where they exist (the page loaded office.js and it initialised). */
export function detectOfficeCapabilities(): Capabilities {
  const g = globalThis as { Office?: { context?: { requirements?: Requirements } }; Excel?: ExcelLibrary };
  return detectCapabilities(g.Office?.context?.requirements, g.Excel);
}
