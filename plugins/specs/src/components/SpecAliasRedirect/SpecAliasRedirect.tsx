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

import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  ANNOTATION_SPEC_BASE_NAME,
  ANNOTATION_SPEC_LEGACY_NAME,
} from '@specstage/plugin-specs-common';

// `/catalog/<namespace>/spec/<name>` and its tabs, under any base path. It
// works on the path, not on route refs: it runs at the app's root, outside
// any page, where routes do not resolve.
const SPEC_PAGE = /^(.*?)\/catalog\/([^/]+)\/spec\/([^/]+)(\/[^?#]*)?$/i;
const ATTEMPTS = 10;
const RETRY_MS = 3_000;

/**
 * Keeps old links to spec pages working: when `/catalog/<ns>/spec/<name>`
 * names no entity, it looks for the spec that had that name (the earlier
 * naming scheme, or a readable name that was disambiguated later) and goes
 * there, keeping the tab and the fragment; when several specs had it, it
 * lists them on the Specs page (at `/specs`). Renders nothing.
 *
 * @public
 */
export function SpecAliasRedirect() {
  const location = useLocation();
  const navigate = useNavigate();
  const catalogApi = useApi(catalogApiRef);
  const { pathname } = location;
  // Only a new path is looked up; the query and fragment are carried over.
  const latest = useRef(location);
  latest.current = location;

  useEffect(() => {
    const match = SPEC_PAGE.exec(pathname);
    if (!match) return undefined;
    const [, base, namespace, name, rest = ''] = match.map(m =>
      m ? decodeURIComponent(m) : m,
    );
    let cancelled = false;
    (async () => {
      // Before sign-in the catalog answers 401; try again for a while.
      for (let attempt = 0; attempt < ATTEMPTS && !cancelled; attempt++) {
        try {
          if (
            await catalogApi.getEntityByRef({ kind: 'spec', namespace, name })
          ) {
            return;
          }
          const { items } = await catalogApi.getEntities({
            filter: [
              {
                kind: 'spec',
                'metadata.namespace': namespace,
                [`metadata.annotations.${ANNOTATION_SPEC_LEGACY_NAME}`]: name,
              },
              {
                kind: 'spec',
                'metadata.namespace': namespace,
                [`metadata.annotations.${ANNOTATION_SPEC_BASE_NAME}`]: name,
              },
            ],
            fields: ['kind', 'metadata.name', 'metadata.namespace'],
          });
          const targets = items.filter(e => e.metadata.name !== name);
          if (cancelled || !targets.length) return;
          if (targets.length === 1) {
            const target = targets[0];
            navigate(
              `${base}/catalog/${encodeURIComponent(
                target.metadata.namespace ?? namespace,
              )}/spec/${encodeURIComponent(target.metadata.name)}${rest.replace(
                /\/$/,
                '',
              )}${latest.current.search}${latest.current.hash}`,
              { replace: true },
            );
          } else {
            // Several specs had this name: the Specs page lists them.
            navigate(`${base}/specs?q=${encodeURIComponent(name)}`, {
              replace: true,
            });
          }
          return;
        } catch {
          await new Promise(resolve => setTimeout(resolve, RETRY_MS));
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [pathname, catalogApi, navigate]);

  return null;
}
