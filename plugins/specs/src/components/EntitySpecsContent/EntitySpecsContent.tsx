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

import { readSpecEntity } from '@specstage/plugin-specs-common';
import Grid from '@material-ui/core/Grid';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useSpecsOfEntity } from '../../hooks/useSpecsOfEntity';
import { AsyncState } from '../AsyncState';
import { NoSpecs } from '../EntitySpecsCard';
import { PhaseProgress } from '../PhaseProgress';
import { SPEC_COLUMNS, SpecsTable } from '../SpecsTable';

/**
 * A tab for component and system pages: all specs of the entity, with the
 * phase progress of those still being implemented.
 *
 * @public
 */
export function EntitySpecsContent() {
  const { entity } = useEntity();
  const { value, loading, error, retry } = useSpecsOfEntity(entity);
  const active = (value?.specs ?? []).filter(spec =>
    ['approved', 'in-progress'].includes(
      readSpecEntity(spec)?.spec?.status.value ?? '',
    ),
  );
  return (
    <AsyncState
      loading={loading}
      error={error}
      retry={retry}
      errorTitle="Could not load the specs"
    >
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <InfoCard title="Specs">
            {value?.specs.length ? (
              <SpecsTable
                specs={value.specs}
                columns={[
                  SPEC_COLUMNS.spec,
                  SPEC_COLUMNS.status,
                  SPEC_COLUMNS.owner,
                  SPEC_COLUMNS.progressNext,
                  SPEC_COLUMNS.review,
                  SPEC_COLUMNS.openQuestions,
                  SPEC_COLUMNS.updated,
                ]}
              />
            ) : (
              <NoSpecs entity={entity} />
            )}
          </InfoCard>
        </Grid>
        {active.map(spec => (
          <Grid item xs={12} md={6} key={spec.metadata.name}>
            <InfoCard
              title={spec.metadata.title ?? spec.metadata.name}
              subheader="Phases"
              titleTypographyProps={{ component: 'h3' }}
            >
              <PhaseProgress
                phases={readSpecEntity(spec)?.spec?.phases ?? []}
              />
            </InfoCard>
          </Grid>
        ))}
      </Grid>
    </AsyncState>
  );
}
