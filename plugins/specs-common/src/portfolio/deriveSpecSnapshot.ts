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

import { stringifyEntityRef } from '@backstage/catalog-model';
import { SpecEntity } from '../entity/SpecEntity';
import { SpecSnapshot, SpecSnapshotInput } from './SpecSnapshot';

/**
 * The snapshot of a Spec entity on a day, from the counts the catalog
 * module stored on the entity.
 *
 * @public
 */
export function specSnapshotInput(
  entity: SpecEntity,
  day: string,
): SpecSnapshotInput {
  const { status, counts } = entity.spec;
  return {
    entityRef: stringifyEntityRef(entity),
    day,
    status: status?.value ?? 'unknown',
    tasks: {
      done: counts?.tasks?.done ?? 0,
      partial: counts?.tasks?.partial ?? 0,
      total: counts?.tasks?.total ?? 0,
    },
    review: {
      checked: counts?.review?.checked ?? 0,
      total: counts?.review?.total ?? 0,
    },
    openClarifications: counts?.openClarifications ?? 0,
  };
}

/**
 * Completes a snapshot with the days it carries over from the spec's
 * previous snapshot (the latest one of an earlier day).
 *
 * @remarks
 * Storing these days with each row lets "no task ticked for N days" and
 * "clarifications open for N days" be answered from one row per spec,
 * without reading a spec's whole history.
 *
 * @public
 */
export function deriveSpecSnapshot(
  input: SpecSnapshotInput,
  previous?: SpecSnapshot,
): SpecSnapshot {
  const usable = previous && previous.day < input.day ? previous : undefined;
  const sameTasks =
    usable !== undefined &&
    usable.tasks.done === input.tasks.done &&
    usable.tasks.partial === input.tasks.partial;
  const snapshot: SpecSnapshot = {
    ...input,
    tasksChangedOn: sameTasks ? usable.tasksChangedOn : input.day,
  };
  if (input.openClarifications > 0) {
    snapshot.clarificationsOpenSince =
      usable?.openClarifications && usable.clarificationsOpenSince
        ? usable.clarificationsOpenSince
        : input.day;
  }
  return snapshot;
}
