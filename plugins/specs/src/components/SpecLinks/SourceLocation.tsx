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

import Box from '@material-ui/core/Box';
import OpenInNewIcon from '@material-ui/icons/OpenInNew';
import { Link } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { sourceUrlOf } from '../../hooks/useSpecLinks';
import { lineAnchor } from '../../lib/markdown';
import { useSpecPageLink } from './useSpecPageLink';

/**
 * A `file:line` of a spec as links: to that place in the rendered document,
 * and to the line in the SCM when the spec comes from one (a local spec
 * shows its path only).
 *
 * @public
 */
export function SourceLocation(props: {
  entity: Entity;
  file: string;
  line?: number;
}) {
  const { entity, file, line } = props;
  const links = useSpecPageLink(entity);
  const text = line ? `${file}:${line}` : file;
  const scm = sourceUrlOf(entity, file, line);
  return (
    <Box
      component="span"
      display="inline-flex"
      alignItems="center"
      gridGap={4}
      whiteSpace="nowrap"
    >
      <Link
        to={links.anchor(lineAnchor(file, line ?? 1))}
        title={`${text} in the document`}
      >
        {text}
      </Link>
      {scm && (
        <Link
          to={scm}
          aria-label={`${text} in the repository`}
          title={`${text} in the repository`}
        >
          <OpenInNewIcon style={{ fontSize: '1em', verticalAlign: 'middle' }} />
        </Link>
      )}
    </Box>
  );
}
