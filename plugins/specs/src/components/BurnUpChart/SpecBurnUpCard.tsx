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
import { useApi } from '@backstage/core-plugin-api';
import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { burnUpSeries } from '@specstage/plugin-specs-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { specsApiRef } from '../../api';
import { AsyncState } from '../AsyncState';
import { BurnUpChart } from './BurnUpChart';

/** Props of {@link SpecBurnUpCard}. @public */
export interface SpecBurnUpCardProps {
  /** The Spec entity. */
  entity: Entity;
  /** Days of history to draw. Default 84 (12 weeks). */
  days?: number;
}

/**
 * The burn-up of one spec, a point per day, from the snapshots the specs
 * backend records.
 *
 * @public
 */
export function SpecBurnUpCard(props: SpecBurnUpCardProps) {
  const { entity, days = 84 } = props;
  const specsApi = useApi(specsApiRef);
  const ref = getCompoundEntityRef(entity);
  const history = useAsyncRetry(
    () => specsApi.getHistory(ref, { days }),
    [specsApi, ref.namespace, ref.name, days],
  );
  const title = entity.metadata.title ?? entity.metadata.name;
  return (
    <InfoCard
      title="Burn-up"
      subheader={`Tasks done against all tasks, last ${days} days`}
    >
      <AsyncState
        loading={history.loading}
        error={history.error}
        retry={history.retry}
        errorTitle="Could not load the history of this spec"
      >
        {history.value && (
          <BurnUpChart
            title={`Tasks burn-up of ${title}`}
            height={240}
            points={burnUpSeries(
              history.value.snapshots.map(s => ({
                day: s.day,
                specs: 1,
                ...s.tasks,
              })),
              { to: history.value.today, points: days + 1, stepDays: 1 },
            )}
          />
        )}
      </AsyncState>
    </InfoCard>
  );
}
