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
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  CompoundEntityRef,
  Entity,
  RELATION_OWNED_BY,
} from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import {
  EntityRefLink,
  getEntityRelations,
} from '@backstage/plugin-catalog-react';
import {
  RELATION_SPECIFIES,
  readSpecEntity,
} from '@specstage/plugin-specs-common';
import { ageOf } from '../../lib/specEntity';
import { InlineMarkdown } from '../InlineMarkdown';
import { ProgressBar } from '../ProgressBar';
import { useSpecPageLink } from '../SpecLinks';
import { SpecStatusChip } from '../SpecStatusChip';

const useStyles = makeStyles(
  theme => ({
    specId: {
      ...theme.typography.caption,
      display: 'block',
      color: theme.palette.text.secondary,
      whiteSpace: 'nowrap',
      fontVariantNumeric: 'tabular-nums',
    },
    title: {
      fontWeight: 500,
      display: 'block',
      minWidth: '12em',
    },
    components: {
      ...theme.typography.body2,
      display: 'block',
      marginTop: theme.spacing(0.5),
    },
    refs: {
      display: 'flex',
      flexWrap: 'wrap',
      columnGap: theme.spacing(1),
      rowGap: theme.spacing(0.25),
      '& > *': { whiteSpace: 'nowrap' },
    },
    progress: {
      minWidth: 150,
    },
    phase: {
      ...theme.typography.caption,
      display: 'inline-block',
      marginTop: theme.spacing(0.5),
    },
    nextTask: {
      ...theme.typography.body2,
      display: 'block',
      marginTop: theme.spacing(0.25),
    },
    nowrap: {
      whiteSpace: 'nowrap',
    },
  }),
  { name: 'SpecColumns' },
);

/** Entity refs as links with display names, each kept whole on its line. */
export function RefLinks(props: { refs: CompoundEntityRef[] }) {
  const classes = useStyles();
  if (!props.refs.length) return <span>—</span>;
  return (
    <span className={classes.refs}>
      {props.refs.map(ref => (
        <EntityRefLink
          key={`${ref.kind}:${ref.namespace}/${ref.name}`}
          entityRef={ref}
          // The ref's own kind as default: `ingress-admin-api`, not `api:ingress-admin-api`.
          defaultKind={ref.kind}
        />
      ))}
    </span>
  );
}

/** A spec's id and title (linking to its page), its type and, when asked for, what it specifies. */
export function SpecTitleCell(props: {
  entity: Entity;
  showComponents?: boolean;
}) {
  const { entity, showComponents } = props;
  const classes = useStyles();
  const components = showComponents
    ? getEntityRelations(entity, RELATION_SPECIFIES)
    : [];
  const spec = readSpecEntity(entity)?.spec;
  const title = entity.metadata.title ?? entity.metadata.name;
  const meta = [spec?.specId, spec?.type].filter(Boolean).join(' · ');
  return (
    <>
      {meta && <span className={classes.specId}>{meta}</span>}
      <EntityRefLink entityRef={entity} hideIcon className={classes.title}>
        {title}
      </EntityRefLink>
      {components.length > 0 && (
        <span className={classes.components}>
          <RefLinks refs={components} />
        </span>
      )}
    </>
  );
}

export function StatusCell(props: { entity: Entity }) {
  const status = readSpecEntity(props.entity)?.spec?.status;
  return status ? (
    <SpecStatusChip
      status={status.value}
      raw={status.raw}
      stale={status.stale}
      staleReason={status.staleReason}
    />
  ) : null;
}

export function OwnerCell(props: { entity: Entity }) {
  return (
    <RefLinks refs={getEntityRelations(props.entity, RELATION_OWNED_BY)} />
  );
}

export function ComponentsCell(props: { entity: Entity }) {
  return (
    <RefLinks refs={getEntityRelations(props.entity, RELATION_SPECIFIES)} />
  );
}

/**
 * Task progress, and where the work is: the current phase and, when asked
 * for, its next task, linking to the spec's Phases tab.
 */
export function ProgressCell(props: {
  entity: Entity;
  showNextTask?: boolean;
}) {
  const { entity, showNextTask } = props;
  const classes = useStyles();
  const links = useSpecPageLink(entity);
  const spec = readSpecEntity(entity)?.spec;
  if (!spec) return null;
  const title = spec.specId ?? entity.metadata.title ?? entity.metadata.name;
  const { tasks } = spec.counts;
  const progress = spec.progress;
  return (
    <div className={classes.progress}>
      {tasks.total > 0 ? (
        <ProgressBar label={`Tasks of ${title}`} {...tasks} />
      ) : (
        <Typography variant="body2" color="textSecondary">
          No tasks yet
        </Typography>
      )}
      {progress?.currentPhase && (
        <Link to={links.tab('phases')} className={classes.phase}>
          <InlineMarkdown text={progress.currentPhase} />
        </Link>
      )}
      {showNextTask && progress?.nextTask && (
        <span className={classes.nextTask}>
          Next:{' '}
          {progress.nextTask.id && (
            <Box component="span" fontWeight={500}>
              {progress.nextTask.id}{' '}
            </Box>
          )}
          <InlineMarkdown text={progress.nextTask.text} />
        </span>
      )}
    </div>
  );
}

export function ReviewCell(props: { entity: Entity }) {
  const spec = readSpecEntity(props.entity)?.spec;
  if (!spec) return null;
  const { review } = spec.counts;
  if (!review.total) {
    return (
      <Typography variant="body2" color="textSecondary">
        No checklist
      </Typography>
    );
  }
  return (
    <ProgressBar
      label={`Review of ${spec.specId ?? props.entity.metadata.name}`}
      done={review.checked}
      total={review.total}
      unit="items"
    />
  );
}

export function OpenQuestionsCell(props: { entity: Entity }) {
  const spec = readSpecEntity(props.entity)?.spec;
  const links = useSpecPageLink(props.entity);
  const open = spec?.counts.openClarifications ?? 0;
  return open > 0 ? (
    <Link to={links.tab('requirements', 'open-questions')}>{open}</Link>
  ) : (
    <>0</>
  );
}

export function UpdatedCell(props: { entity: Entity }) {
  const classes = useStyles();
  const updated = readSpecEntity(props.entity)?.spec?.updated;
  if (!updated) return <span>—</span>;
  return (
    <time dateTime={updated} title={updated} className={classes.nowrap}>
      {ageOf(updated) ?? updated}
    </time>
  );
}

/** A column of the spec lists: the browse page, the component tab and card. @public */
export interface SpecColumn {
  id: string;
  title: string;
  render: (entity: Entity) => ReactNode;
  /** Kept on one line. */
  nowrap?: boolean;
  align?: 'right';
  /** Catalog field the column sorts by, on the browse page. */
  sortField?: string;
}

/** The columns of the spec lists, one definition for every list. @public */
export const SPEC_COLUMNS: Record<string, SpecColumn> = {
  spec: {
    id: 'spec',
    title: 'Spec',
    render: entity => <SpecTitleCell entity={entity} />,
    // The id, else the title: specs without an id (OpenSpec, Kiro) would
    // drop out of a query sorted by `spec.specId`.
    sortField: 'spec.sortKey',
  },
  specWithComponents: {
    id: 'spec',
    title: 'Spec',
    render: entity => <SpecTitleCell entity={entity} showComponents />,
    sortField: 'spec.sortKey',
  },
  status: {
    id: 'status',
    title: 'Status',
    render: entity => <StatusCell entity={entity} />,
    nowrap: true,
    sortField: 'spec.status.value',
  },
  owner: {
    id: 'owner',
    title: 'Owner',
    render: entity => <OwnerCell entity={entity} />,
  },
  components: {
    id: 'components',
    title: 'Components',
    render: entity => <ComponentsCell entity={entity} />,
  },
  progress: {
    id: 'progress',
    title: 'Progress',
    render: entity => <ProgressCell entity={entity} />,
    sortField: 'spec.progress.order',
  },
  progressNext: {
    id: 'progress',
    title: 'Progress',
    render: entity => <ProgressCell entity={entity} showNextTask />,
  },
  review: {
    id: 'review',
    title: 'Review',
    render: entity => <ReviewCell entity={entity} />,
  },
  openQuestions: {
    id: 'openQuestions',
    title: 'Open questions',
    render: entity => <OpenQuestionsCell entity={entity} />,
    align: 'right',
  },
  updated: {
    id: 'updated',
    title: 'Updated',
    render: entity => <UpdatedCell entity={entity} />,
    nowrap: true,
    sortField: 'spec.updated',
  },
};
