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

import { Entity } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { getSpecEntitySpec } from '../../lib/specEntity';
import { ProgressBar } from '../ProgressBar';
import { SimpleTable, SimpleTableColumn } from '../SimpleTable';
import { SpecStatusChip } from '../SpecStatusChip';

function titleOf(entity: Entity) {
  const spec = getSpecEntitySpec(entity);
  const title = entity.metadata.title ?? entity.metadata.name;
  return spec?.specId ? `${spec.specId}: ${title}` : title;
}

const columns: Record<string, SimpleTableColumn<Entity>> = {
  spec: {
    title: 'Spec',
    render: entity => (
      <EntityRefLink entityRef={entity} hideIcon>
        {titleOf(entity)}
      </EntityRefLink>
    ),
  },
  status: {
    title: 'Status',
    render: entity => {
      const status = getSpecEntitySpec(entity)?.status;
      return status ? (
        <SpecStatusChip
          status={status.value}
          raw={status.raw}
          stale={status.stale}
          staleReason={status.staleReason}
        />
      ) : null;
    },
    width: 150,
  },
  progress: {
    title: 'Progress',
    render: entity => {
      const tasks = getSpecEntitySpec(entity)?.counts.tasks;
      return tasks ? (
        <ProgressBar label={`Tasks of ${titleOf(entity)}`} {...tasks} />
      ) : null;
    },
    width: 220,
  },
  review: {
    title: 'Review',
    render: entity => {
      const review = getSpecEntitySpec(entity)?.counts.review;
      return review ? (
        <ProgressBar
          label={`Review of ${titleOf(entity)}`}
          done={review.checked}
          total={review.total}
          unit="items"
        />
      ) : null;
    },
    width: 200,
  },
  clarifications: {
    title: 'Open questions',
    render: entity => getSpecEntitySpec(entity)?.counts.openClarifications ?? 0,
    width: 120,
  },
  updated: {
    title: 'Updated',
    render: entity => getSpecEntitySpec(entity)?.updated ?? '',
    width: 110,
  },
};

/** A compact list of specs: title, status and progress (and more if wide). */
export function SpecsTable(props: { specs: Entity[]; wide?: boolean }) {
  const { specs, wide } = props;
  return (
    <SimpleTable<Entity>
      label="Specs"
      rows={specs}
      rowKey={entity => `${entity.metadata.namespace}/${entity.metadata.name}`}
      columns={
        wide
          ? [
              columns.spec,
              columns.status,
              columns.progress,
              columns.review,
              columns.clarifications,
              columns.updated,
            ]
          : [columns.spec, columns.status, columns.progress]
      }
    />
  );
}
