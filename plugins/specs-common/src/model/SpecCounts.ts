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

/**
 * Flat counts of a spec, as printed by the CLI and stored on the entity.
 *
 * @remarks
 * A type alias so that it is assignable to JSON types (entity specs).
 *
 * @public
 */
export type SpecCounts = {
  userStories: number;
  requirements: number;
  successCriteria: number;
  tasks: { done: number; partial: number; total: number };
  review: { checked: number; total: number };
  /** Open questions (`clarifications.open`), template prompts excluded. */
  openClarifications: number;
  /** Unfilled template prompts (`clarifications.templatePrompts`): template sections left to write. */
  templatePrompts: number;
};
