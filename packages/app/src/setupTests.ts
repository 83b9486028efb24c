import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The suite must pass on a loaded machine (CI shares its cores): findBy*/waitFor
// wait for what a test expects instead of failing after the 1 s default.
configure({ asyncUtilTimeout: 15_000 });
