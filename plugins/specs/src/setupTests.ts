import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// These tests render whole pages (lazy extensions, MUI, the app shell in a
// test app). On a loaded machine that takes seconds, beyond Testing
// Library's 1 s for findBy* and Jest's 5 s per test; waiting longer changes
// no assertion, it only keeps a busy CI machine from failing them.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);
