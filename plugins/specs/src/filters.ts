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
import { isSpecEntity } from '@specstage/plugin-specs-common';

/**
 * True for Spec entities; for `EntitySwitch` cases in legacy entity pages.
 *
 * @public
 */
export function isSpecEntityFilter(entity: Entity): boolean {
  return isSpecEntity(entity);
}

/**
 * True for the kinds a spec can specify (components and systems); for
 * `EntitySwitch` cases in legacy entity pages.
 *
 * @public
 */
export function hasSpecsFilter(entity: Entity): boolean {
  return ['component', 'system'].includes(entity.kind.toLowerCase());
}
