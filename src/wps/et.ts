// The part of WPS 表格's JavaScript object model (window.Application inside a WPS 加载项) that the WPS door uses,
// typed from Kingsoft's own declarations (npm et-jsapi-declare: lib.et.d.ts, index.d.ts) and the ET API pages
// listed in docs/wps-api.md. Every property read, property write and method call here crosses the WPS bridge
// synchronously, so the adapter counts on each of them costing one round trip.

/** Range.Value2 / Formula of one cell: a scalar; of an area: rows of cells (JS arrays, outer = rows). */
export type EtVariant = number | string | boolean | null | undefined;
export type EtMatrix = EtVariant[][];

export interface EtInterior {
  /** BGR packed number (RGB(r,g,b) = r + g·256 + b·65536); null when the cells of the range differ. */
  Color: number | null;
  /** xlNone (-4142) for no fill, xlSolid (1); null when the cells differ. */
  Pattern: number | null;
  ColorIndex: number | null;
}

export interface EtComment {
  /** Text() reads; Text(t) replaces. */
  Text(text?: string, start?: number, overwrite?: boolean): string;
  Delete(): void;
}

export interface EtRange {
  /** "$B$3:$I$52" (absolute by default). */
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Value2: EtVariant | EtMatrix;
  Formula: string | string[][];
  readonly HasFormula: boolean | null;
  NumberFormat: string | null;
  MergeCells: boolean | null;
  /** Single cells only: the merged area holding the cell, or the cell itself. */
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  /** The cell's comment (批注), or null. */
  readonly Comment: EtComment | null;
  AddComment(text?: string): EtComment;
  ClearComments(): void;
  Clear(): void;
  /** 1-based row and column of the range's top-left cell. */
  readonly Row: number;
  readonly Column: number;
  /** The next cell matching `what` after `after`, or null (Nothing) when none. */
  Find(what: string, after?: EtRange, lookIn?: number, lookAt?: number, searchOrder?: number, searchDirection?: number): EtRange | null;
  Select(): void;
  Activate(): void;
  /** Merges the range into one cell (Across: each row on its own) [MS:Range.Merge]. */
  Merge(across?: boolean): void;
  /** In characters of the Normal style's font [MS:Range.ColumnWidth]. */
  ColumnWidth: number | null;
  WrapText: boolean | null;
  /** xlTop -4160 [MS:Range.VerticalAlignment]. */
  VerticalAlignment: number | null;
  readonly Font: EtFont;
  /** The range's rows, to fit their height to the text [MS:Range.Rows, Range.AutoFit]. */
  readonly Rows: { AutoFit(): void };
}

export interface EtFont {
  Bold: boolean | null;
}

/** [MS:PageSetup] the members jixiao sets on its own sheets. */
export interface EtPageSetup {
  /** xlPortrait 1, xlLandscape 2. */
  Orientation: number;
  /** xlPaperA4 9. */
  PaperSize: number;
  /** A percentage, or false to scale by FitToPagesWide / FitToPagesTall. */
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  /** "$1:$1": the rows repeated at the top of each printed page. */
  PrintTitleRows: string;
}

export interface EtComments {
  readonly Count: number;
}

export interface EtWorksheet {
  Name: string;
  /** xlSheetVisible -1, xlSheetHidden 0, xlSheetVeryHidden 2. */
  Visible: number;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly Comments: EtComments;
  Range(address: string): EtRange;
  readonly PageSetup: EtPageSetup;
  Activate(): void;
  Delete(): void;
}

export interface EtWorksheets {
  readonly Count: number;
  /** 1-based index or sheet name. */
  Item(index: number | string): EtWorksheet;
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null, count?: number, type?: number): EtWorksheet;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtWorksheets;
  readonly ProtectStructure: boolean;
}

export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
  Navigate(url: string): void;
  Delete(): void;
}

export interface WpsPluginStorage {
  setItem(key: string, value: string | number | boolean): void;
  getItem(key: string): string | number | boolean | null | undefined;
  removeItem(key: string): void;
}

export interface WpsRibbonUI {
  Invalidate(): void;
  InvalidateControl(id: string): void;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  DisplayAlerts: boolean;
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane;
  readonly PluginStorage: WpsPluginStorage;
  ribbonUI?: WpsRibbonUI;
}

export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;
export const XL_NONE = -4142;
export const XL_SOLID = 1;
export const XL_FORMULAS = -4123;
export const XL_PART = 2;
export const XL_BY_ROWS = 1;
export const XL_BY_COLUMNS = 2;
export const XL_NEXT = 1;
export const XL_PREVIOUS = 2;
export const XL_TOP = -4160;
export const XL_LANDSCAPE = 2;
export const XL_PAPER_A4 = 9;
