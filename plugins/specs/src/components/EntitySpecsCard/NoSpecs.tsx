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

import Typography from '@material-ui/core/Typography';
import { Entity } from '@backstage/catalog-model';
import { MissingAnnotationEmptyState } from '@backstage/plugin-catalog-react';
import { ANNOTATION_SPEC_LOCATION } from '@specstage/plugin-specs-common';

/**
 * What to show when an entity has no specs: how to add the annotation, or
 * that the annotated location has none (yet).
 */
export function NoSpecs(props: { entity: Entity }) {
  const location =
    props.entity.metadata.annotations?.[ANNOTATION_SPEC_LOCATION];
  if (!location) {
    return (
      <MissingAnnotationEmptyState annotation={ANNOTATION_SPEC_LOCATION} />
    );
  }
  return (
    <Typography variant="body2" color="textSecondary">
      No specs found at <code>{location}</code> yet. Specs appear here once the
      catalog has read them; a spec names this entity in its header (
      <code>**Components**</code>) or front matter (<code>components:</code>) to
      be linked to it.
    </Typography>
  );
}
