// Jest setup for the task pane's DOM tests: jest-dom matchers, and the browser APIs jsdom lacks that Fluent UI v9 uses.
import '@testing-library/jest-dom';

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
