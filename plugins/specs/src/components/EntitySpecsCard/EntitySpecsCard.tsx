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

import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useSpecsOfEntity } from '../../hooks/useSpecsOfEntity';
import { AsyncState } from '../AsyncState';
import { SpecAttentionFlags } from '../SpecAttentionFlags';
import { SPEC_COLUMNS, SpecsTable } from '../SpecsTable';
import { NoSpecs } from './NoSpecs';

/**
 * A card for component and system pages: the specs of the entity with their
 * status, progress, current phase and next task (linking to the spec's
 * Phases tab).
 *
 * @public
 */
export function EntitySpecsCard() {
  const { entity } = useEntity();
  const { value, loading, error, retry } = useSpecsOfEntity(entity, 10);
  const more = value ? value.totalItems - value.specs.length : 0;
  return (
    <InfoCard
      title="Specs"
      subheader={more > 0 ? `${more} more in the Specs tab` : undefined}
    >
      <AsyncState
        loading={loading}
        error={error}
        retry={retry}
        errorTitle="Could not load the specs"
      >
        {value &&
          (value.specs.length ? (
            <SpecsTable
              specs={value.specs}
              variant="list"
              columns={[
                SPEC_COLUMNS.spec,
                SPEC_COLUMNS.status,
                SPEC_COLUMNS.progressNext,
              ]}
            />
          ) : (
            <NoSpecs entity={entity} />
          ))}
        {value && value.specs.length > 0 && (
          <SpecAttentionFlags entity={entity} />
        )}
      </AsyncState>
    </InfoCard>
  );
}
