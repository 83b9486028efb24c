/*
 * Copyright 2026 The Specstage Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import { Theme, getContrastRatio } from '@material-ui/core/styles';
import { darkTheme, lightTheme, themes } from '@backstage/theme';
import { SPEC_STATUSES } from './SpecStatusChip';
import { MIN_CONTRAST, statusChipColors } from './statusChipColors';

const THEMES: Array<[string, Theme]> = [
  ['light', lightTheme],
  ['dark', darkTheme],
  // What an app of the new frontend system renders MUI 4 components with.
  ['unified light', themes.light.getTheme('v4') as Theme],
  ['unified dark', themes.dark.getTheme('v4') as Theme],
];

describe('statusChipColors', () => {
  // axe-core on /specs: "In review" was white on #2196f3, 3.12:1.
  it.each(THEMES)(
    'gives every status a label at 4.5:1 or more, %s theme',
    (_name, theme) => {
      const found: string[] = [];
      for (const status of SPEC_STATUSES) {
        const filled = statusChipColors(theme, status, false);
        const ratio = getContrastRatio(filled.color, filled.backgroundColor);
        if (ratio < MIN_CONTRAST) {
          found.push(`${status}: ${filled.color} on ${filled.backgroundColor}`);
        }
        // A stale chip is outlined: its label is on the page itself.
        const outlined = statusChipColors(theme, status, true);
        expect(outlined.backgroundColor).toBe('transparent');
        for (const page of [
          theme.palette.background.paper,
          theme.palette.background.default,
        ]) {
          if (getContrastRatio(outlined.color, page) < MIN_CONTRAST) {
            found.push(`${status} (stale): ${outlined.color} on ${page}`);
          }
        }
      }
      expect(found).toEqual([]);
    },
  );

  it('keeps the hue of the palette and tells statuses apart', () => {
    const colors = ['draft', 'in-review', 'in-progress', 'done'].map(
      status => statusChipColors(lightTheme, status, false).backgroundColor,
    );
    expect(new Set(colors).size).toBe(4);
    // Backstage's light primary is dark enough already: left as it is.
    expect(statusChipColors(lightTheme, 'in-progress', false)).toEqual({
      color: '#fff',
      backgroundColor: lightTheme.palette.primary.main,
      borderColor: lightTheme.palette.primary.main,
    });
  });
});
