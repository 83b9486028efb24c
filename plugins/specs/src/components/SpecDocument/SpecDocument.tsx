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

import { ReactNode, useMemo } from 'react';
import { Entity } from '@backstage/catalog-model';
import { LoadedSpecDocument } from '../../hooks/useSpecDocument';
import { sourceUrlOf, useSpecLinks } from '../../hooks/useSpecLinks';
import { itemAnchorsByLine } from '../../lib/markdown';
import { SpecMarkdown } from '../SpecMarkdown';
import { FrontMatterTable } from './FrontMatterTable';

/** @public */
export interface SpecDocumentProps {
  entity: Entity;
  document: LoadedSpecDocument;
  /** Shown above the contents list, e.g. related specs. */
  aside?: ReactNode;
}

/**
 * The rendered document of a Spec entity: its files with the spec's item
 * anchors, links resolved against the catalog (another spec's file opens
 * that spec's page), the front matter as a table, and each file's source.
 *
 * @public
 */
export function SpecDocument(props: SpecDocumentProps) {
  const { entity, document } = props;
  const links = useSpecLinks(entity, document, document.filesBaseUrl);
  const anchors = useMemo(
    () => itemAnchorsByLine(document.document),
    [document.document],
  );
  return (
    <SpecMarkdown
      files={document.files}
      filesBaseUrl={document.filesBaseUrl}
      links={links}
      anchors={anchors}
      header={<FrontMatterTable frontMatter={document.document.frontMatter} />}
      sourceUrl={path => sourceUrlOf(entity, path)}
      aside={props.aside}
    />
  );
}
