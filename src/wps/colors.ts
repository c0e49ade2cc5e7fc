// WPS (like Excel's COM model) keeps colours as BGR numbers: RGB(r, g, b) = r + g·256 + b·65536 (ET Interior.Color).
// The engine and the ledger speak RGB hex ("FFC7CE"), as Office.js and ExcelJS do.

export function hexToBgr(hex: string): number {
  const n = parseInt(hex.replace(/^#/, ''), 16);
  return ((n >> 16) & 0xff) + ((n >> 8) & 0xff) * 256 + (n & 0xff) * 65536;
}

export function bgrToHex(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return [r, g, b].map((x) => x.toString(16).padStart(2, '0')).join('').toUpperCase();
}
