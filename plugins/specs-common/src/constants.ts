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
 * The annotation with which a Component or System says where its specs live:
 * a path relative to the entity's own catalog file, or an absolute URL.
 *
 * @public
 */
export const ANNOTATION_SPEC_LOCATION = 'specstage.io/spec-location';

/**
 * The directory (as `file:<absolute path>` or `url:<url>`) that the files of a
 * Spec entity (`spec.files`) are relative to. Written by this module, read by
 * the specs backend.
 *
 * @public
 */
export const ANNOTATION_SPEC_ROOT = 'specstage.io/spec-root';

/**
 * Annotation with the name a Spec entity had before names became readable
 * (`<slug>-<hash of the location>`): a URL that uses it still finds the spec.
 *
 * @public
 */
export const ANNOTATION_SPEC_LEGACY_NAME = 'specstage.io/legacy-name';

/**
 * Annotation with the readable name a Spec entity gets when no other spec
 * claims it; differs from `metadata.name` only for specs that had to be
 * disambiguated, and lets a URL with the plain name find them.
 *
 * @public
 */
export const ANNOTATION_SPEC_BASE_NAME = 'specstage.io/base-name';

/**
 * Prefix of `backstage.io/managed-by-location` for Spec entities that this
 * module manages. The specs backend serves content only for such entities.
 *
 * @public
 */
export const SPECSTAGE_LOCATION_TYPE = 'specstage';

/** Relation from a Spec to the Component or System it specifies. @public */
export const RELATION_SPECIFIES = 'specifies';
/** Reverse of {@link RELATION_SPECIFIES}. @public */
export const RELATION_SPECIFIED_BY = 'specifiedBy';
/** Relation from a Spec to another Spec it references. @public */
export const RELATION_REFERENCES = 'references';
/** Reverse of {@link RELATION_REFERENCES}. @public */
export const RELATION_REFERENCED_BY = 'referencedBy';
/** Relation from an OpenSpec change to a capability spec it modifies. @public */
export const RELATION_MODIFIES = 'modifies';
/** Reverse of {@link RELATION_MODIFIES}. @public */
export const RELATION_MODIFIED_BY = 'modifiedBy';
