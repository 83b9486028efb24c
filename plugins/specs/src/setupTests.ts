import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The suite must pass on a loaded machine (CI shares its cores): findBy*/waitFor
// wait for what a test expects instead of failing after the 1 s default.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no ResizeObserver; Recharts' ResponsiveContainer needs one (the
// charts then draw at zero size, which is all a unit test needs).
if (!('ResizeObserver' in globalThis)) {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
