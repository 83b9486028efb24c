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
import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  entityKindSchemaValidator,
  getCompoundEntityRef,
  parseEntityRef,
} from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorCache,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  RELATION_MODIFIED_BY,
  RELATION_MODIFIES,
  RELATION_REFERENCED_BY,
  RELATION_REFERENCES,
  RELATION_SPECIFIED_BY,
  RELATION_SPECIFIES,
  SPEC_ENTITY_API_VERSION,
  SPEC_ENTITY_KIND,
  SpecEntitySpec,
  specEntityV1alpha1Schema,
} from '@specstage/plugin-specs-common';

const validator = entityKindSchemaValidator(specEntityV1alpha1Schema as any);

/**
 * Validates `Spec` entities against the schema from specs-common and emits
 * their relations: ownership, the components and systems they specify, and
 * the specs they reference — each in both directions, so that component
 * pages and the catalog graph show them.
 *
 * @public
 */
export class SpecEntityProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'SpecEntityProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (
      entity.apiVersion !== SPEC_ENTITY_API_VERSION ||
      entity.kind !== SPEC_ENTITY_KIND
    ) {
      return false;
    }
    return validator(entity) === entity;
  }

  async postProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
    cache: CatalogProcessorCache,
  ): Promise<Entity> {
    if (
      entity.apiVersion !== SPEC_ENTITY_API_VERSION ||
      entity.kind !== SPEC_ENTITY_KIND
    ) {
      return entity;
    }
    const self = getCompoundEntityRef(entity);
    const spec = entity.spec as unknown as SpecEntitySpec & {
      relatedSpecs?: string[];
    };
    const relate = (
      target: string,
      defaultKind: string,
      forward: string,
      backward: string,
    ) => {
      let ref;
      try {
        ref = parseEntityRef(target, {
          defaultKind,
          defaultNamespace: self.namespace,
        });
      } catch {
        return; // invalid refs are reported by the parser's diagnostics
      }
      emit(
        processingResult.relation({ source: self, type: forward, target: ref }),
      );
      emit(
        processingResult.relation({
          source: ref,
          type: backward,
          target: self,
        }),
      );
    };

    if (spec.owner) {
      relate(spec.owner, 'group', RELATION_OWNED_BY, RELATION_OWNER_OF);
    }
    for (const component of spec.components ?? []) {
      relate(component, 'component', RELATION_SPECIFIES, RELATION_SPECIFIED_BY);
    }
    for (const capability of spec.modifiesSpecs ?? []) {
      relate(
        capability,
        SPEC_ENTITY_KIND,
        RELATION_MODIFIES,
        RELATION_MODIFIED_BY,
      );
    }
    for (const other of spec.relatedSpecs ?? []) {
      relate(
        other,
        SPEC_ENTITY_KIND,
        RELATION_REFERENCES,
        RELATION_REFERENCED_BY,
      );
    }
    await this.reportErrors(spec, location, emit, cache);
    return entity;
  }

  /**
   * Error-level diagnostics become processing errors on this entity, shown
   * by the catalog's error panel. The catalog never stores an entity whose
   * very first processing fails, which would hide a broken spec entirely, so
   * the errors are attached from the second pass on: the first pass publishes
   * the entity and remembers that in the processor cache.
   */
  private async reportErrors(
    spec: SpecEntitySpec,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
    cache: CatalogProcessorCache,
  ) {
    const errors = spec.diagnostics?.errors ?? 0;
    if (errors === 0) {
      return;
    }
    if (!(await cache.get<boolean>('published'))) {
      await cache.set('published', true);
      return;
    }
    const messages = spec.diagnostics.errorMessages ?? [];
    emit(
      processingResult.generalError(
        location,
        `Spec has ${errors} error${errors === 1 ? '' : 's'}: ${messages.join(
          '; ',
        )}`,
      ),
    );
  }
}
