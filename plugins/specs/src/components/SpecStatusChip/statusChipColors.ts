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

import {
  Theme,
  darken,
  getContrastRatio,
  lighten,
} from '@material-ui/core/styles';

/** WCAG 2 AA for normal text, which a small chip's label is. */
export const MIN_CONTRAST = 4.5;

/** The colours of a status chip: label, fill (or none) and border. */
export interface StatusChipColors {
  color: string;
  backgroundColor: string;
  borderColor: string;
}

// The hue of each status comes from the theme palette, so that the chip
// follows the app's theme; the label always carries the meaning on its own.
function statusHue(theme: Theme, status: string): string | undefined {
  switch (status) {
    case 'in-review':
    case 'approved':
      return theme.palette.info.main;
    case 'in-progress':
      return theme.palette.primary.main;
    case 'implemented':
    case 'done':
      return theme.palette.success.main;
    default:
      // draft, deprecated, superseded, unknown: neutral.
      return undefined;
  }
}

/**
 * Moves `color` away from `against` (darker on a light theme, lighter on a
 * dark one) in small steps until text and background reach
 * {@link MIN_CONTRAST} against every colour of `against`. Palette colours
 * such as MUI's `#2196f3` under white text (3.1:1) or Backstage's dark
 * primary `#9CC9FF` under black are too close; stepping keeps the hue.
 */
function withContrast(
  color: string,
  against: string[],
  towards: 'darker' | 'lighter',
): string {
  const enough = (candidate: string) =>
    against.every(c => getContrastRatio(candidate, c) >= MIN_CONTRAST);
  let adjusted = color;
  for (let step = 1; step <= 20 && !enough(adjusted); step++) {
    adjusted =
      towards === 'darker'
        ? darken(color, step * 0.05)
        : lighten(color, step * 0.05);
  }
  return adjusted;
}

/**
 * The colours of a status chip in `theme`, each label at 4.5:1 or more
 * against what is behind it: a filled chip for a current status, an
 * outlined one (on the page's paper or background) for a stale one.
 */
export function statusChipColors(
  theme: Theme,
  status: string,
  stale: boolean,
): StatusChipColors {
  const dark = theme.palette.type === 'dark';
  const towards = dark ? 'lighter' : 'darker';
  const page = [
    theme.palette.background.paper,
    theme.palette.background.default,
  ];
  const hue = statusHue(theme, status);
  if (stale) {
    return {
      color: hue
        ? withContrast(hue, page, towards)
        : withContrast(theme.palette.text.primary, page, towards),
      backgroundColor: 'transparent',
      borderColor: theme.palette.warning.main,
    };
  }
  if (!hue) {
    // A neutral status keeps MUI's default chip: light grey with a dark
    // label, dark grey with a light one; only the label is made solid.
    const backgroundColor = dark
      ? theme.palette.grey[700]
      : theme.palette.grey[300];
    const color = dark ? theme.palette.common.white : theme.palette.grey[900];
    return { color, backgroundColor, borderColor: backgroundColor };
  }
  // White labels on darker fills in the light theme; dark labels on lighter
  // fills in the dark theme, like the rest of Backstage's dark palette.
  const color = dark ? theme.palette.grey[900] : theme.palette.common.white;
  const backgroundColor = withContrast(hue, [color], towards);
  return { color, backgroundColor, borderColor: backgroundColor };
}
