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

import { SpecCounts, SpecStatusValue } from '../model';

/**
 * What the specs backend records of a spec once a day: the last state of
 * that day. The counts are the entity's own (`spec.counts`), never
 * recomputed.
 *
 * @remarks
 * A type alias so that it is assignable to JSON types.
 *
 * @public
 */
export type SpecSnapshot = Pick<
  SpecCounts,
  'tasks' | 'review' | 'openClarifications'
> & {
  /** The Spec entity, e.g. `spec:default/foo-1a2b3c4d`. */
  entityRef: string;
  /** The UTC day (`YYYY-MM-DD`) the snapshot stands for. */
  day: string;
  status: SpecStatusValue;
  /**
   * The first day on which the spec had its current numbers of done and
   * partly done tasks: the day a task was last ticked (or unticked); adding
   * or removing tasks is not progress. The first recorded day when they
   * never changed since recording began.
   */
  tasksChangedOn: string;
  /**
   * The first day of the current run of days with open clarifications;
   * absent when none is open.
   */
  clarificationsOpenSince?: string;
};

/**
 * A snapshot as recorded or imported: the derived days are filled in by
 * {@link deriveSpecSnapshot} from the spec's previous snapshot.
 *
 * @public
 */
export type SpecSnapshotInput = Omit<
  SpecSnapshot,
  'tasksChangedOn' | 'clarificationsOpenSince'
>;
