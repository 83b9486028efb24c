import '@testing-library/jest-dom';

// jsdom has no ResizeObserver; Recharts' ResponsiveContainer needs one (the
// charts then draw at zero size, which is all a unit test needs).
if (!('ResizeObserver' in globalThis)) {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// A first render of MUI, the catalog components and Recharts in jsdom takes
// seconds on a loaded machine (CI shares two cores): wait for it rather than
// fail at Jest's default of 5 s. The tests assert what is shown, not how fast.
jest.setTimeout(60_000);
