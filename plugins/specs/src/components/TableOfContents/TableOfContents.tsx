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

import { MouseEvent, useEffect, useState } from 'react';
import Typography from '@material-ui/core/Typography';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { makeStyles, Theme } from '@material-ui/core/styles';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';

const useStyles = makeStyles(
  theme => ({
    nav: {
      position: 'sticky',
      top: theme.spacing(2),
      maxHeight: `calc(100vh - ${theme.spacing(4)}px)`,
      overflowY: 'auto',
      paddingLeft: theme.spacing(2),
      borderLeft: `1px solid ${theme.palette.divider}`,
    },
    title: {
      ...theme.typography.overline,
      fontWeight: 600,
      color: theme.palette.text.secondary,
      margin: theme.spacing(0, 0, 1),
    },
    list: {
      listStyle: 'none',
      margin: 0,
      padding: 0,
    },
    item: {
      ...theme.typography.body2,
      lineHeight: 1.4,
      padding: theme.spacing(0.5, 0),
    },
    link: {
      color: theme.palette.text.secondary,
      textDecoration: 'none',
      display: 'block',
      borderRadius: 2,
      '&:hover': {
        color: theme.palette.text.primary,
        textDecoration: 'underline',
      },
      '&:focus-visible': {
        outline: `2px solid ${theme.palette.primary.main}`,
        outlineOffset: 2,
      },
    },
    active: {
      color: theme.palette.text.primary,
      fontWeight: 600,
    },
    details: {
      border: `1px solid ${theme.palette.divider}`,
      borderRadius: theme.shape.borderRadius,
      padding: theme.spacing(1, 2),
      '& > summary': {
        ...theme.typography.subtitle2,
        cursor: 'pointer',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        listStyle: 'none',
        '&::-webkit-details-marker': { display: 'none' },
        '&:focus-visible': {
          outline: `2px solid ${theme.palette.primary.main}`,
          outlineOffset: 2,
        },
      },
      '&[open] > summary svg': { transform: 'rotate(180deg)' },
      '&[open] > summary': { marginBottom: theme.spacing(1) },
    },
  }),
  { name: 'SpecTableOfContents' },
);

/** @public */
export interface TableOfContentsEntry {
  /** The fragment the entry links to (`summary` for `#summary`). */
  id: string;
  text: string;
  depth: number;
}

/** @public */
export interface TableOfContentsProps {
  entries: TableOfContentsEntry[];
  /** Deeper headings are left out; default 3. */
  maxDepth?: number;
  /**
   * Called with `#fragment` when an entry is chosen; by default the browser
   * follows the link.
   */
  onNavigate?: (hash: string) => void;
}

/** The entry whose section is at the top of the viewport. */
function useActiveEntry(ids: string[]): string | undefined {
  const [active, setActive] = useState<string>();
  const key = ids.join('\n');
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return undefined;
    const elements = key
      .split('\n')
      .map(id => document.getElementById(`user-content-${id}`))
      .filter((e): e is HTMLElement => !!e);
    if (!elements.length) return undefined;
    const visible = new Set<Element>();
    const observer = new IntersectionObserver(
      records => {
        for (const record of records) {
          if (record.isIntersecting) visible.add(record.target);
          else visible.delete(record.target);
        }
        const first = elements.find(e => visible.has(e));
        if (first) setActive(first.id.replace(/^user-content-/, ''));
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    elements.forEach(e => observer.observe(e));
    return () => observer.disconnect();
  }, [key]);
  return active;
}

/**
 * The contents of a rendered spec: headings linking to their anchors, the
 * section in view marked. It stays in view beside the text on wide screens
 * and folds into a "Contents" disclosure above it on small ones.
 *
 * @public
 */
export function TableOfContents(props: TableOfContentsProps) {
  const { entries, maxDepth = 3, onNavigate } = props;
  const classes = useStyles();
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const shown = entries.filter(e => e.depth <= maxDepth);
  const active = useActiveEntry(shown.map(e => e.id));
  if (!shown.length) {
    return null;
  }
  const minDepth = Math.min(...shown.map(e => e.depth));
  const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (!onNavigate || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    onNavigate(`#${id}`);
  };
  const list = (
    <ul className={classes.list}>
      {shown.map(entry => (
        <li
          key={entry.id}
          className={classes.item}
          style={{ paddingLeft: `${(entry.depth - minDepth) * 12}px` }}
        >
          <a
            href={`#${entry.id}`}
            className={`${classes.link} ${
              entry.id === active ? classes.active : ''
            }`}
            aria-current={entry.id === active ? 'location' : undefined}
            onClick={event => onClick(event, entry.id)}
          >
            {entry.text}
          </a>
        </li>
      ))}
    </ul>
  );
  if (narrow) {
    return (
      <nav aria-label="Table of contents">
        <details className={classes.details}>
          <summary>
            Contents
            <ExpandMoreIcon fontSize="small" aria-hidden />
          </summary>
          {list}
        </details>
      </nav>
    );
  }
  return (
    <nav className={classes.nav} aria-label="Table of contents">
      <Typography component="h2" className={classes.title}>
        Contents
      </Typography>
      {list}
    </nav>
  );
}
