// Numbers as people type them, at the edges: too big to be figures, NaN text, exponents, date formats.
import { formatNumber, formatPercent, isDateFormat, MAX_FIGURE, parseNumber, roundHalfUp } from '../../src/core/text';

describe('figures too big to compute with are not numbers', () => {
  it.each([1e308, -1e308, Number.MAX_VALUE, MAX_FIGURE, Infinity, -Infinity, NaN])('%p', (n) => {
    expect(parseNumber(n).state).toBe('invalid');
  });

  it('the largest figure Excel keeps exactly (15 digits) is still one', () => {
    expect(parseNumber(999_999_999_999_999)).toMatchObject({ state: 'number', value: 999_999_999_999_999 });
  });

  it.each(['NaN', 'Infinity', '-Infinity', '1e308', '1,000,000,000,000,000'])('text %p', (text) => {
    expect(parseNumber(text)).toMatchObject({ state: 'invalid', value: null });
  });
});

describe('roundHalfUp and the formatters never give NaN or Infinity for a finite number', () => {
  it('numbers JS prints with an exponent round arithmetically', () => {
    expect(roundHalfUp(1e-7, 4)).toBe(0); // 0.0000001 to 4 places
    expect(roundHalfUp(0.000056, 4)).toBe(0.0001); // 0.56 ten-thousandths, half up
    expect(roundHalfUp(1.005, 2)).toBe(1.01); // exact on decimal input
    expect(roundHalfUp(1e21, 2)).toBe(1e21); // nothing left to round
  });

  it('a value that cannot be computed shows as （无法计算）', () => {
    expect(formatNumber(Infinity)).toBe('（无法计算）');
    expect(formatNumber(NaN, 4)).toBe('（无法计算）');
    expect(formatPercent(-Infinity)).toBe('（无法计算）');
    expect(formatNumber(1e308, 4)).toBe('1e+308');
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy/m/d', true],
    ['mm-dd-yy', true], // ExcelJS's name for built-in format 14
    ['yyyy"年"m"月"d"日"', true],
    ['[$-804]aaaa', true],
    ['[$-F800]dddd, mmmm dd, yyyy', true],
    ['h:mm', true],
    ['[h]:mm', true],
    ['General', false],
    ['0.00%', false],
    ['0.00E+00', false],
    ['#,##0.00_);[Red](#,##0.00)', false],
    ['0.00"分"', false],
    ['[DBNum1]General', false],
    ['@', false],
  ])('%s → %p', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
