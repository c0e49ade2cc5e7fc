// Jest setup for the task pane's DOM tests: jest-dom matchers, and the browser APIs jsdom lacks that Fluent UI v9 and
// the file door use. Set up here, before a test file's imports run: src/file/zip.ts makes its TextDecoder on load.
import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });

if (typeof window !== 'undefined') {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  const w = window as unknown as Record<string, unknown>;
  if (!w.ResizeObserver) w.ResizeObserver = ResizeObserverStub;
  if (!w.matchMedia)
    w.matchMedia = (query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false });
}
