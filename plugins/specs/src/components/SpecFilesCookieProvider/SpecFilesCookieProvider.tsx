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

import { ReactNode } from 'react';
import { Progress } from '@backstage/core-components';
import { useCookieAuthRefresh } from '@backstage/plugin-auth-react';

/**
 * Keeps the Backstage user cookie of the specs backend fresh, the way
 * TechDocs does, so that the images of a spec load in plain `<img>`
 * elements: the files route accepts that cookie (and only that route).
 *
 * @remarks
 *
 * Children wait for the first cookie, so that no image is requested
 * without it. When the cookie cannot be had, they render anyway: the
 * document, fetched with the user's token, stays readable and only its
 * images are missing (TechDocs' provider shows an error panel instead).
 */
export function SpecFilesCookieProvider(props: { children: ReactNode }) {
  const result = useCookieAuthRefresh({ pluginId: 'specs' });
  if (result.status === 'loading') {
    return <Progress />;
  }
  return <>{props.children}</>;
}
