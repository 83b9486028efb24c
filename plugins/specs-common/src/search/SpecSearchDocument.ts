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

import type { IndexableDocument } from '@backstage/plugin-search-common';

/**
 * The search document type of specs.
 *
 * @public
 */
export const SPEC_SEARCH_TYPE = 'spec';

/**
 * A search document of a spec, as the collator emits it.
 *
 * @remarks
 * Every field is always present (with an empty value when unknown): the Lunr
 * engine takes its fields from the first document it sees.
 *
 * @public
 */
export interface SpecSearchDocument extends IndexableDocument {
  /** The spec's title. */
  title: string;
  /** Id, summary, stories, requirements, success criteria and tasks, without code blocks. */
  text: string;
  /** The spec's entity page, `/catalog/<namespace>/spec/<name>`. */
  location: string;
  /** The summary (or the entity description), without code; for display. */
  summary: string;
  /** E.g. `SPEC-0042`; empty when the spec has none. */
  specId: string;
  /** The normalized status, e.g. `in-progress`. */
  status: string;
  /** True when the written status contradicts the progress. */
  statusStale: boolean;
  /** The owner entity ref; empty when unknown. */
  owner: string;
  /** Names or entity refs of the components the spec names. */
  components: string[];
  kind: 'Spec';
  namespace: string;
  name: string;
  tasksDone: number;
  tasksPartial: number;
  tasksTotal: number;
  authorization: { resourceRef: string };
}
