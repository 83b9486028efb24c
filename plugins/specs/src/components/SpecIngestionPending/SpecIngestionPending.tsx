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

import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { parseEntityRef } from '@backstage/catalog-model';
import { Link, WarningPanel } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { ANNOTATION_SPEC_BASE_NAME } from '@specstage/plugin-specs-common';
import { rootRouteRef } from '../../routes';

const POLL_MS = 2_000;
/** After this long the page says that it takes longer than a scan usually does. */
const SLOW_MS = 120_000;

function parseRef(ref: string | null) {
  if (!ref) return undefined;
  try {
    const parsed = parseEntityRef(ref, { defaultKind: 'spec' });
    return parsed.kind.toLocaleLowerCase('en-US') === 'spec'
      ? parsed
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the "New spec" template sends its author: says that the new spec is
 * being ingested, asks the catalog until the spec is there, then opens its
 * page. `?ref=spec:default/<name>` is the entity ref the template expects
 * (`specs:create` outputs it as `entityRefHint`); `?specId=` names the spec.
 *
 * @public
 */
export function SpecIngestionPending() {
  const [params] = useSearchParams();
  const ref = parseRef(params.get('ref'));
  const specId = params.get('specId') ?? undefined;
  const navigate = useNavigate();
  const catalogApi = useApi(catalogApiRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const specsRoute = useRouteRef(rootRouteRef);
  const [elapsed, setElapsed] = useState(0);

  useEffect(() => {
    if (!ref) return undefined;
    const started = Date.now();
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        let found = await catalogApi.getEntityByRef(ref);
        if (!found) {
          // Another spec already had this name: the catalog disambiguated it.
          const { items } = await catalogApi.getEntities({
            filter: {
              kind: 'spec',
              'metadata.namespace': ref.namespace,
              [`metadata.annotations.${ANNOTATION_SPEC_BASE_NAME}`]: ref.name,
              ...(specId ? { 'spec.specId': specId } : {}),
            },
            fields: ['kind', 'metadata.name', 'metadata.namespace'],
          });
          found = items.length === 1 ? items[0] : undefined;
        }
        if (found && !cancelled) {
          navigate(
            entityRoute({
              kind: 'spec',
              namespace: found.metadata.namespace ?? 'default',
              name: found.metadata.name,
            }),
            { replace: true },
          );
          return;
        }
      } catch {
        // Not there yet, or the catalog is busy: ask again.
      }
      if (!cancelled) {
        setElapsed(Date.now() - started);
        timer = setTimeout(poll, POLL_MS);
      }
    };
    poll();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
    // The ref's parts, not the object, which is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref?.namespace, ref?.name, specId, catalogApi, entityRoute, navigate]);

  if (!ref) {
    return (
      <WarningPanel severity="error" title="No spec to wait for">
        This page opens a new spec once the catalog has it; its link names the
        spec with <code>?ref=spec:default/&lt;name&gt;</code>. See{' '}
        <Link to={specsRoute()}>all specs</Link>.
      </WarningPanel>
    );
  }
  const name = specId ?? ref.name;
  return (
    <Paper variant="outlined">
      <Box p={3} display="flex" flexDirection="column" gridGap={16}>
        <Typography variant="h5" component="h1">
          {name} is being ingested
        </Typography>
        <Typography variant="body1">
          The spec is written. The catalog picks it up the next time it reads
          the spec's source; this page opens the spec as soon as it is there.
        </Typography>
        <LinearProgress aria-label={`Waiting for ${name}`} />
        <Typography variant="body2" color="textSecondary" aria-live="polite">
          Waiting for {Math.round(elapsed / 1000)} s.
        </Typography>
        {elapsed > SLOW_MS && (
          <WarningPanel
            severity="warning"
            title="This takes longer than a scan usually does"
          >
            A spec written to a repository shows once its pull request is merged
            and the source is read again; a spec with errors may not be ingested
            at all. Check <Link to={specsRoute()}>all specs</Link>, or the
            catalog's log for the spec source.
          </WarningPanel>
        )}
      </Box>
    </Paper>
  );
}
