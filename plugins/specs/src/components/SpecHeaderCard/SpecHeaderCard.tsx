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

import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import EditIcon from '@material-ui/icons/Edit';
import DescriptionIcon from '@material-ui/icons/Description';
import {
  ANNOTATION_EDIT_URL,
  ANNOTATION_VIEW_URL,
  RELATION_OWNED_BY,
} from '@backstage/catalog-model';
import { InfoCard, Link } from '@backstage/core-components';
import {
  EntityRefLinks,
  getEntityRelations,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  RELATION_SPECIFIES,
  readSpecEntity,
} from '@specstage/plugin-specs-common';
import { useSpecDocument } from '../../hooks/useSpecDocument';
import { InlineMarkdown } from '../InlineMarkdown';
import { ProgressBar } from '../ProgressBar';
import { SpecStatus } from '../SpecStatus';

const useStyles = makeStyles(theme => ({
  fields: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(1),
    margin: 0,
    '& dt': {
      ...theme.typography.body2,
      color: theme.palette.text.secondary,
    },
    '& dd': {
      ...theme.typography.body2,
      margin: 0,
    },
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
}));

function Field(props: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children ?? '—'}</dd>
    </>
  );
}

/**
 * The head of a spec's page: id, title, status (with the stale hint), owner,
 * specified components, issue and PR links, dates, progress and links to the
 * source.
 *
 * @public
 */
export function SpecHeaderCard() {
  const { entity } = useEntity();
  const classes = useStyles();
  const spec = readSpecEntity(entity)?.spec;
  const { value: loaded } = useSpecDocument(entity);
  if (!spec) {
    return null;
  }
  const owners = getEntityRelations(entity, RELATION_OWNED_BY);
  const components = getEntityRelations(entity, RELATION_SPECIFIES);
  const links = entity.metadata.links ?? [];
  const viewUrl = entity.metadata.annotations?.[ANNOTATION_VIEW_URL];
  const editUrl = entity.metadata.annotations?.[ANNOTATION_EDIT_URL];
  const title = entity.metadata.title ?? entity.metadata.name;

  return (
    <InfoCard
      title={
        <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8}>
          <Typography variant="h5" component="h2">
            {spec.specId ? `${spec.specId}: ${title}` : title}
          </Typography>
          <SpecStatus
            status={spec.status}
            diagnostics={loaded?.document.diagnostics}
          />
        </Box>
      }
      subheader={
        entity.metadata.description ? (
          <InlineMarkdown text={entity.metadata.description} />
        ) : undefined
      }
    >
      <Grid container spacing={3}>
        <Grid item xs={12} md={7}>
          <dl className={classes.fields}>
            <Field label="Owner">
              {owners.length ? (
                <EntityRefLinks entityRefs={owners} defaultKind="group" />
              ) : (
                spec.owner
              )}
            </Field>
            <Field label="Specifies">
              {components.length ? (
                <EntityRefLinks
                  entityRefs={components}
                  defaultKind="component"
                />
              ) : undefined}
            </Field>
            <Field label="Type">{spec.type}</Field>
            {!viewUrl && spec.location && (
              <Field label="Source">
                <code>{spec.location}</code>
              </Field>
            )}
            <Field label="Created">{spec.created}</Field>
            <Field label="Updated">{spec.updated}</Field>
            <Field label="Links">
              {links.length
                ? links.map((link, index) => (
                    <span key={link.url}>
                      {index > 0 && ', '}
                      <Link to={link.url}>{link.title ?? link.url}</Link>
                    </span>
                  ))
                : undefined}
            </Field>
          </dl>
        </Grid>
        <Grid item xs={12} md={5}>
          <Typography variant="subtitle2" component="h3">
            Tasks
          </Typography>
          <ProgressBar label="Tasks done" {...spec.counts.tasks} />
          <Typography variant="subtitle2" component="h3">
            Review
          </Typography>
          {spec.counts.review.total > 0 ? (
            <ProgressBar
              label="Review items checked"
              done={spec.counts.review.checked}
              total={spec.counts.review.total}
              unit="items"
            />
          ) : (
            <Typography variant="body2" color="textSecondary">
              No review checklist
            </Typography>
          )}
          {spec.counts.openClarifications > 0 && (
            <Typography variant="body2">
              {spec.counts.openClarifications} open question
              {spec.counts.openClarifications === 1 ? '' : 's'}
            </Typography>
          )}
          <Box mt={2} className={classes.actions}>
            {viewUrl && (
              <Button
                size="small"
                variant="outlined"
                startIcon={<DescriptionIcon />}
                href={viewUrl}
                target="_blank"
                rel="noopener noreferrer"
              >
                View source
              </Button>
            )}
            {editUrl && (
              <Button
                size="small"
                variant="outlined"
                startIcon={<EditIcon />}
                href={editUrl}
                target="_blank"
                rel="noopener noreferrer"
              >
                Edit
              </Button>
            )}
          </Box>
        </Grid>
      </Grid>
    </InfoCard>
  );
}
