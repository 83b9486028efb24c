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
import { useLocation, useNavigate } from 'react-router-dom';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { makeStyles, Theme } from '@material-ui/core/styles';
import CodeIcon from '@material-ui/icons/Code';
import DescriptionIcon from '@material-ui/icons/Description';
import EditIcon from '@material-ui/icons/Edit';
import {
  ANNOTATION_EDIT_URL,
  ANNOTATION_VIEW_URL,
  RELATION_OWNED_BY,
} from '@backstage/catalog-model';
import { BreadcrumbEntry } from '@backstage/frontend-plugin-api';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  FavoriteEntity,
  getEntityRelations,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { ButtonIcon, ButtonLink, Header } from '@backstage/ui';
import {
  RELATION_SPECIFIES,
  readSpecEntity,
} from '@specstage/plugin-specs-common';
import { useSpecDocument } from '../../hooks/useSpecDocument';
import { ageOf, templatePromptsOf } from '../../lib/specEntity';
import { specFormatLabel } from '../../lib/specFormat';
import { rootRouteRef } from '../../routes';
import { ProgressBar } from '../ProgressBar';
import { useSpecPageLink } from '../SpecLinks';
import { RefLinks } from '../SpecsTable';
import { SpecStatus } from '../SpecStatus';

const useStyles = makeStyles(
  theme => ({
    progress: {
      width: 180,
    },
    // Not text.secondary: on the page background it falls below 4.5:1.
    muted: {
      color: theme.palette.text.primary,
      fontStyle: 'italic',
    },
    path: {
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      overflowWrap: 'anywhere',
    },
  }),
  { name: 'SpecEntityHeader' },
);

/** A tab of the entity page, as the catalog hands them to header layouts. */
export type SpecEntityHeaderTab =
  | { id: string; label: string; href: string }
  | {
      id: string;
      label: string;
      items: Array<{ id: string; label: string; href: string }>;
    };

/** @public */
export interface SpecEntityHeaderProps {
  tabs: SpecEntityHeaderTab[];
  activeTabId?: string;
}

function count(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The header of a spec's page: the SPEC id and title, the status (with why
 * it shows what it shows), owner, specified components, progress, review,
 * open questions and the last update, links to the source, and the tabs —
 * Diagnostics with its count. It names the spec in the page's breadcrumb.
 *
 * @public
 */
export function SpecEntityHeader(props: SpecEntityHeaderProps) {
  const { tabs, activeTabId } = props;
  const { entity } = useEntity();
  const classes = useStyles();
  // Small screens keep what decides whether to read on; the rest is a tap away.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('xs'));
  const navigate = useNavigate();
  const location = useLocation();
  const specsRoute = useRouteRef(rootRouteRef);
  const page = useSpecPageLink(entity);
  const { value: loaded } = useSpecDocument(entity);
  const spec = readSpecEntity(entity)?.spec;
  const title = entity.metadata.title ?? entity.metadata.name;
  if (!spec) {
    return <Header title={title} tabs={tabs} activeTabId={activeTabId} />;
  }

  const owners = getEntityRelations(entity, RELATION_OWNED_BY);
  const components = getEntityRelations(entity, RELATION_SPECIFIES);
  const viewUrl = entity.metadata.annotations?.[ANNOTATION_VIEW_URL];
  const editUrl = entity.metadata.annotations?.[ANNOTATION_EDIT_URL];
  const findings =
    spec.diagnostics.errors +
    spec.diagnostics.warnings +
    spec.diagnostics.infos;
  const templatePrompts = templatePromptsOf(spec);
  const { counts } = spec;

  const labelledTabs = tabs.map(tab =>
    'href' in tab && /\/diagnostics$/.test(tab.href) && findings > 0
      ? { ...tab, label: `${tab.label} (${findings})` }
      : tab,
  );

  const metadata: Array<{ label: string; value: ReactNode }> = [
    {
      label: 'Status',
      value: (
        <SpecStatus
          status={spec.status}
          diagnostics={loaded?.document.diagnostics}
        />
      ),
    },
    {
      label: 'Owner',
      value: owners.length ? <RefLinks refs={owners} /> : spec.owner ?? '—',
    },
  ];
  if (components.length && !narrow) {
    metadata.push({
      label: 'Specifies',
      value: <RefLinks refs={components} />,
    });
  }
  metadata.push({
    label: 'Tasks',
    value: counts.tasks.total ? (
      <Box className={classes.progress}>
        <ProgressBar label="Tasks done" {...counts.tasks} />
      </Box>
    ) : (
      'No tasks yet'
    ),
  });
  if (!narrow)
    metadata.push({
      label: 'Review',
      value: counts.review.total ? (
        <Box className={classes.progress}>
          <ProgressBar
            label="Review items checked"
            done={counts.review.checked}
            total={counts.review.total}
            unit="items"
          />
        </Box>
      ) : (
        <span className={classes.muted}>No review checklist</span>
      ),
    });
  metadata.push({
    label: 'Open questions',
    value: (
      <Box display="inline-flex" gridGap={8} flexWrap="wrap">
        {counts.openClarifications > 0 ? (
          <Link to={page.tab('requirements', 'open-questions')}>
            {count(counts.openClarifications, 'open question')}
          </Link>
        ) : (
          'None'
        )}
        {templatePrompts ? (
          <span className={classes.muted}>
            {count(templatePrompts, 'template section')} left
          </span>
        ) : null}
      </Box>
    ),
  });
  if (spec.updated && !narrow) {
    metadata.push({
      label: 'Updated',
      value: (
        <time dateTime={spec.updated} title={spec.updated}>
          {ageOf(spec.updated) ?? spec.updated}
        </time>
      ),
    });
  }

  if (spec.format && !narrow) {
    // Which profile read the spec: where its numbers come from.
    metadata.push({
      label: 'Format',
      value: (
        <span title={`Read by the ${spec.format} format profile`}>
          {specFormatLabel(spec.format)}
        </span>
      ),
    });
  }

  if (!viewUrl && spec.location && !narrow) {
    // A local spec has no page to link to: its path tells where to edit it.
    metadata.push({
      label: 'Source',
      value: (
        <Typography variant="body2" component="code" className={classes.path}>
          {spec.location}
        </Typography>
      ),
    });
  }

  const actions = (
    <Box display="flex" alignItems="center" gridGap={8} flexWrap="wrap">
      {viewUrl && (
        <ButtonLink
          href={viewUrl}
          target="_blank"
          rel="noopener noreferrer"
          variant="secondary"
          size="small"
          iconStart={<DescriptionIcon fontSize="small" />}
        >
          View source
        </ButtonLink>
      )}
      {editUrl && (
        <ButtonLink
          href={editUrl}
          target="_blank"
          rel="noopener noreferrer"
          variant="secondary"
          size="small"
          iconStart={<EditIcon fontSize="small" />}
        >
          Edit
        </ButtonLink>
      )}
      <FavoriteEntity entity={entity} />
      <ButtonIcon
        aria-label="Inspect entity"
        variant="tertiary"
        size="small"
        icon={<CodeIcon fontSize="small" />}
        onPress={() => {
          const params = new URLSearchParams(location.search);
          params.set('inspect', 'overview');
          navigate({ search: params.toString(), hash: location.hash });
        }}
      />
    </Box>
  );

  return (
    <BreadcrumbEntry entry={{ label: spec.specId ?? title, href: page.base }}>
      <Header
        title={title}
        tags={[
          { label: 'Specs', href: specsRoute() },
          ...(spec.specId ? [{ label: spec.specId }] : []),
          ...(spec.type ? [{ label: spec.type }] : []),
        ]}
        metadata={metadata}
        tabs={labelledTabs}
        activeTabId={activeTabId}
        customActions={actions}
      />
    </BreadcrumbEntry>
  );
}
