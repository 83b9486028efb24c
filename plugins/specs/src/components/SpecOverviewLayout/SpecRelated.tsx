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
import { makeStyles } from '@material-ui/core/styles';
import { Entity } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import {
  EntityRefLink,
  getEntityRelations,
} from '@backstage/plugin-catalog-react';
import {
  RELATION_MODIFIED_BY,
  RELATION_REFERENCED_BY,
  readSpecEntity,
} from '@specstage/plugin-specs-common';

const useStyles = makeStyles(
  theme => ({
    root: {
      display: 'flex',
      flexDirection: 'column',
      gap: theme.spacing(1.5),
    },
    title: {
      ...theme.typography.overline,
      fontWeight: 600,
      color: theme.palette.text.secondary,
      margin: 0,
    },
    list: {
      listStyle: 'none',
      margin: 0,
      padding: 0,
      '& li': {
        ...theme.typography.body2,
        padding: theme.spacing(0.25, 0),
      },
    },
  }),
  { name: 'SpecRelated' },
);

function RefList(props: { title: string; refs: string[] }) {
  const classes = useStyles();
  if (!props.refs.length) return null;
  return (
    <div>
      <Typography component="h2" className={classes.title}>
        {props.title}
      </Typography>
      <ul className={classes.list}>
        {props.refs.map(ref => (
          <li key={ref}>
            <EntityRefLink entityRef={ref} defaultKind="spec" hideIcon />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What a spec is connected to, next to its document: the specs it
 * references and that reference it, and its issue and pull requests.
 *
 * @public
 */
export function SpecRelated(props: {
  entity: Entity;
  /** Also list the issue and pull requests; default true. */
  showLinks?: boolean;
}) {
  const { entity, showLinks = true } = props;
  const classes = useStyles();
  const spec = readSpecEntity(entity)?.spec;
  const references = spec?.relatedSpecs ?? [];
  const referencedBy = getEntityRelations(entity, RELATION_REFERENCED_BY, {
    kind: 'spec',
  }).map(ref => `spec:${ref.namespace}/${ref.name}`);
  // OpenSpec: the capability specs a change modifies, and the changes
  // (open and archived) that modified a capability.
  const modifies = spec?.modifiesSpecs ?? [];
  const modifiedBy = getEntityRelations(entity, RELATION_MODIFIED_BY, {
    kind: 'spec',
  }).map(ref => `spec:${ref.namespace}/${ref.name}`);
  const links = showLinks
    ? (entity.metadata.links ?? []).filter(l => l.title !== 'Source')
    : [];
  if (
    !references.length &&
    !referencedBy.length &&
    !modifies.length &&
    !modifiedBy.length &&
    !links.length
  ) {
    return null;
  }
  return (
    <div className={classes.root}>
      <RefList title="Modifies" refs={modifies} />
      <RefList title="Changed by" refs={modifiedBy} />
      <RefList title="Related specs" refs={references} />
      <RefList title="Referenced by" refs={referencedBy} />
      {links.length > 0 && (
        <div>
          <Typography component="h2" className={classes.title}>
            Links
          </Typography>
          <ul className={classes.list}>
            {links.map(link => (
              <li key={link.url}>
                <Link to={link.url}>{link.title ?? link.url}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
