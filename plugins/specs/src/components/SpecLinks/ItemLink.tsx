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

import { Link } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { itemAnchor } from '../../lib/markdown';
import { useSpecPageLink } from './useSpecPageLink';

/**
 * An item id (`FR-001`, `Task 2.3`, `US-1`) as a link to the item in the
 * spec's document.
 *
 * @public
 */
export function ItemLink(props: {
  entity: Entity;
  id: string;
  label?: string;
}) {
  const { entity, id, label } = props;
  const links = useSpecPageLink(entity);
  return (
    <Link to={links.anchor(itemAnchor(id))} title={`${id} in the document`}>
      {label ?? id}
    </Link>
  );
}
