import '@testing-library/jest-dom';

// Pages of this plugin render whole documents; on a loaded machine (CI runs
// every package's tests side by side) they take longer than the 1 s that
// findBy/waitFor wait by default. No test measures time.
// eslint-disable-next-line import/no-extraneous-dependencies
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
