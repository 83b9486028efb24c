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
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import EditIcon from '@material-ui/icons/Edit';
import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type {
  SpecAttentionEntry,
  SpecAttentionKind,
} from '@specstage/plugin-specs-common';
import { SpecStatusChip } from '../SpecStatusChip';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, padding: 0, listStyle: 'none' },
  item: {
    display: 'flex',
    gap: theme.spacing(1.5),
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': { borderBottom: 'none' },
  },
  rank: {
    minWidth: '2ch',
    fontVariantNumeric: 'tabular-nums',
    color: theme.palette.text.secondary,
  },
  body: { flex: 1, minWidth: 0 },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  reasons: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(2.5),
  },
  kind: { fontWeight: theme.typography.fontWeightMedium as number },
  fix: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    marginTop: theme.spacing(0.5),
  },
}));

/** Short names of the attention rules, shown before each reason. @public */
export const ATTENTION_KIND_LABELS: Record<SpecAttentionKind, string> = {
  'stale-status': 'Stale status',
  'no-progress': 'No progress',
  'old-clarifications': 'Open questions',
  'review-behind': 'Review behind',
  'duplicate-id': 'Duplicate id',
  'no-component': 'No component',
};

function FixLink(props: { item: SpecAttentionEntry }) {
  const { item } = props;
  const classes = useStyles();
  const url = item.editUrl ?? item.viewUrl;
  if (!url) {
    return item.location ? (
      <Typography variant="caption" color="textSecondary" component="div">
        Source file: <code>{item.location}</code>
      </Typography>
    ) : null;
  }
  return (
    <Link to={url} className={classes.fix}>
      <EditIcon fontSize="inherit" aria-hidden />
      <Typography variant="body2" component="span">
        {item.editUrl ? 'Edit the source' : 'View the source'}
        {item.location ? ` (${item.location})` : ''}
      </Typography>
    </Link>
  );
}

/** Props of {@link NeedsAttention}. @public */
export interface NeedsAttentionProps {
  items: SpecAttentionEntry[];
  /** All specs that need attention; more than `items` when cut. */
  total?: number;
  /** Hides the owner column, e.g. on a team's card. */
  hideOwner?: boolean;
  /** Shown when nothing needs attention. */
  emptyText?: string;
}

/**
 * The ranked needs-attention list: each spec with its reasons and a link to
 * where it is fixed (its source file, or its page).
 *
 * @public
 */
export function NeedsAttention(props: NeedsAttentionProps) {
  const { items, total = items.length, hideOwner, emptyText } = props;
  const classes = useStyles();
  if (items.length === 0) {
    return (
      <Typography color="textSecondary">
        {emptyText ?? 'No spec needs attention.'}
      </Typography>
    );
  }
  return (
    <>
      <ol className={classes.list} aria-label="Specs that need attention">
        {items.map((item, index) => (
          <li key={item.entityRef} className={classes.item}>
            <Typography className={classes.rank} aria-hidden>
              {index + 1}
            </Typography>
            <div className={classes.body}>
              <div className={classes.heading}>
                <Typography variant="subtitle2" component="span">
                  <EntityRefLink entityRef={item.entityRef} hideIcon>
                    {item.specId ? `${item.specId}: ${item.title}` : item.title}
                  </EntityRefLink>
                </Typography>
                <SpecStatusChip status={item.status} />
                {!hideOwner && item.owner && (
                  <Typography
                    variant="body2"
                    color="textSecondary"
                    component="span"
                  >
                    <EntityRefLink entityRef={item.owner} defaultKind="group" />
                  </Typography>
                )}
              </div>
              <ul
                className={classes.reasons}
                aria-label={`Why ${item.title} needs attention`}
              >
                {item.reasons.map(reason => (
                  <li key={reason.kind}>
                    <Typography variant="body2" component="span">
                      <span className={classes.kind}>
                        {ATTENTION_KIND_LABELS[reason.kind]}:
                      </span>{' '}
                      {reason.message}
                    </Typography>
                  </li>
                ))}
              </ul>
              <FixLink item={item} />
            </div>
          </li>
        ))}
      </ol>
      {total > items.length && (
        <Box mt={1}>
          <Typography variant="body2" color="textSecondary">
            {total - items.length} more not shown.
          </Typography>
        </Box>
      )}
    </>
  );
}
