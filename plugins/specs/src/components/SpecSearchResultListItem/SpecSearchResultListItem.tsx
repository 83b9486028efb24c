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
import Chip from '@material-ui/core/Chip';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Link } from '@backstage/core-components';
import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import type { SpecSearchDocument } from '@specstage/plugin-specs-common';
import { itemAnchor } from '../../lib/markdown';
import { ProgressBar } from '../ProgressBar';
import { SpecStatusChip } from '../SpecStatusChip';

/**
 * The fields of a search document of type `spec`, as the Specstage search
 * module indexes them; all optional here, since results may come from an
 * older index.
 *
 * @public
 */
export interface SpecSearchResultDocument
  extends SearchDocument,
    Partial<
      Pick<
        SpecSearchDocument,
        | 'specId'
        | 'summary'
        | 'status'
        | 'statusStale'
        | 'owner'
        | 'components'
        | 'tasksDone'
        | 'tasksPartial'
        | 'tasksTotal'
      >
    > {}

/** @public */
export interface SpecSearchResultListItemProps {
  /** Either an element or a function of the result, as other result items take it. */
  icon?: ReactNode | ((result: SearchDocument) => ReactNode);
  result?: SpecSearchResultDocument;
  highlight?: ResultHighlight;
  rank?: number;
  /** Number of lines of the excerpt; default 3. */
  lineClamp?: number;
}

const useStyles = makeStyles(
  theme => ({
    item: {
      display: 'flex',
      width: '100%',
    },
    content: {
      flex: 1,
      minWidth: 0,
    },
    itemText: {
      marginTop: 0,
      marginBottom: theme.spacing(1),
    },
    specId: {
      display: 'block',
      lineHeight: 1.5,
    },
    meta: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: theme.spacing(1),
    },
    progress: {
      width: 200,
    },
    itemId: {
      fontWeight: 600,
      whiteSpace: 'nowrap',
    },
  }),
  { name: 'SpecSearchResultListItem' },
);

const EXCERPT_BEFORE = 80;
const EXCERPT_LENGTH = 320;

/**
 * Cuts a window around the first highlighted match out of a highlighted
 * field (which the Lunr engine returns in full), keeping the tags balanced.
 */
export function highlightExcerpt(
  text: string,
  preTag: string,
  postTag: string,
): string {
  const segments: Array<{ text: string; mark: boolean }> = [];
  let rest = text;
  while (rest) {
    const start = rest.indexOf(preTag);
    if (start < 0) {
      segments.push({ text: rest, mark: false });
      break;
    }
    const end = rest.indexOf(postTag, start + preTag.length);
    if (end < 0) {
      segments.push({ text: rest, mark: false });
      break;
    }
    segments.push({ text: rest.slice(0, start), mark: false });
    segments.push({ text: rest.slice(start + preTag.length, end), mark: true });
    rest = rest.slice(end + postTag.length);
  }
  const plainLength = segments.reduce((n, s) => n + s.text.length, 0);
  let firstMark = 0;
  for (const segment of segments) {
    if (segment.mark) break;
    firstMark += segment.text.length;
  }
  if (firstMark >= plainLength) {
    firstMark = 0;
  }
  let from = Math.max(0, firstMark - EXCERPT_BEFORE);
  let to = Math.min(plainLength, from + EXCERPT_LENGTH);
  // Move the cut to the next word boundary.
  if (from > 0) {
    const plain = segments.map(s => s.text).join('');
    const space = plain.indexOf(' ', from);
    if (space >= 0 && space < firstMark) from = space + 1;
    const lastSpace = plain.lastIndexOf(' ', to);
    if (to < plainLength && lastSpace > firstMark) to = lastSpace;
  }
  let out = from > 0 ? '… ' : '';
  let offset = 0;
  for (const segment of segments) {
    const segStart = offset;
    const segEnd = offset + segment.text.length;
    offset = segEnd;
    const a = Math.max(from, segStart);
    const b = Math.min(to, segEnd);
    if (a >= b) continue;
    const piece = segment.text.slice(a - segStart, b - segStart);
    out += segment.mark ? `${preTag}${piece}${postTag}` : piece;
  }
  if (to < plainLength) out += ' …';
  return out.replace(/\s+/g, ' ');
}

// `FR-002: …`, `US-1: …`, `T004: …`, `Task 2.3: …`, `CL-2: …`: the spec
// collator starts every line of an item with the item's id.
const ITEM_LINE =
  /^((?:[A-Z]{1,4}-?\d+[a-z]?)|(?:Task \d+(?:\.\d+)*)|(?:T-?\d+[a-z]?)): (.*)$/;

/**
 * The line of a spec's indexed text that matched, with the id of the item it
 * belongs to: what a reader needs to judge the result, and where to jump.
 * Only engines that return the whole field (Lunr) give lines; others give
 * fragments, for which this returns undefined.
 */
export function matchedItemLine(
  text: string,
  preTag: string,
): { id?: string; line: string } | undefined {
  if (!text.includes('\n')) return undefined;
  // The line with the most matched words: a phrase search highlights every
  // line with one of its words, the line with the phrase has them all.
  let line: string | undefined;
  let best = 0;
  for (const candidate of text.split('\n')) {
    const marks = candidate.split(preTag).length - 1;
    if (marks > best) {
      best = marks;
      line = candidate;
    }
  }
  if (!line) return undefined;
  // Tags may wrap the id itself when the search term was the id.
  const plain = line.split(preTag).join('');
  const match = ITEM_LINE.exec(plain.replace(/<\/?[^>]*>/g, ''));
  if (!match) return { line };
  const idEnd = line.indexOf(': ');
  return { id: match[1], line: idEnd >= 0 ? line.slice(idEnd + 2) : line };
}

/**
 * A search result of type `spec`: id, title, status chip, owner, the line of
 * the spec that matched with the id of its item (linking to the item on the
 * spec's page), and the task progress.
 *
 * @public
 */
export function SpecSearchResultListItem(props: SpecSearchResultListItemProps) {
  const { highlight, lineClamp = 3 } = props;
  const result = props.result;
  const classes = useStyles();
  if (!result) {
    return null;
  }
  const name = result.specId || result.title;
  const icon =
    typeof props.icon === 'function' ? props.icon(result) : props.icon;
  const matched = highlight?.fields.text
    ? matchedItemLine(highlight.fields.text, highlight.preTag)
    : undefined;
  const excerpt = highlight?.fields.text ? (
    <>
      {matched?.id && (
        <>
          <Link
            noTrack
            to={`${result.location}#${itemAnchor(matched.id)}`}
            className={classes.itemId}
          >
            {matched.id}
          </Link>{' '}
        </>
      )}
      <HighlightedSearchResultText
        text={highlightExcerpt(
          matched?.line ?? highlight.fields.text,
          highlight.preTag,
          highlight.postTag,
        )}
        preTag={highlight.preTag}
        postTag={highlight.postTag}
      />
    </>
  ) : (
    result.summary ?? result.text
  );
  const tasksTotal = result.tasksTotal ?? 0;

  return (
    <div className={classes.item} data-search-result-type="spec">
      {icon && <ListItemIcon>{icon as JSX.Element}</ListItemIcon>}
      <div className={classes.content}>
        <Typography
          variant="overline"
          color="textSecondary"
          className={classes.specId}
        >
          Spec{result.specId ? ` · ${result.specId}` : ''}
        </Typography>
        <ListItemText
          className={classes.itemText}
          primaryTypographyProps={{ variant: 'h6' }}
          primary={
            <Link noTrack to={result.location}>
              {highlight?.fields.title ? (
                <HighlightedSearchResultText
                  text={highlight.fields.title}
                  preTag={highlight.preTag}
                  postTag={highlight.postTag}
                />
              ) : (
                result.title
              )}
            </Link>
          }
          secondary={
            <Typography
              component="span"
              variant="body2"
              color="textSecondary"
              style={{
                display: '-webkit-box',
                WebkitBoxOrient: 'vertical',
                WebkitLineClamp: lineClamp,
                overflow: 'hidden',
              }}
            >
              {excerpt}
            </Typography>
          }
        />
        <Box className={classes.meta}>
          {result.status && (
            <SpecStatusChip
              status={result.status}
              stale={Boolean(result.statusStale)}
            />
          )}
          {result.owner && (
            <Chip size="small" label={`Owner: ${result.owner}`} />
          )}
          {tasksTotal > 0 && (
            <div className={classes.progress}>
              <ProgressBar
                label={`Progress of ${name}`}
                done={result.tasksDone ?? 0}
                partial={result.tasksPartial ?? 0}
                total={tasksTotal}
              />
            </div>
          )}
        </Box>
      </div>
    </div>
  );
}
