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

import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  nav: {
    position: 'sticky',
    top: theme.spacing(2),
    maxHeight: `calc(100vh - ${theme.spacing(4)}px)`,
    overflowY: 'auto',
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  item: {
    padding: theme.spacing(0.25, 0),
    ...theme.typography.body2,
  },
}));

/** @public */
export interface TableOfContentsEntry {
  id: string;
  text: string;
  depth: number;
}

/** @public */
export interface TableOfContentsProps {
  entries: TableOfContentsEntry[];
  /** Deeper headings are left out; default 3. */
  maxDepth?: number;
}

/**
 * A table of contents linking to the heading anchors of a rendered spec.
 *
 * @public
 */
export function TableOfContents(props: TableOfContentsProps) {
  const { entries, maxDepth = 3 } = props;
  const classes = useStyles();
  const shown = entries.filter(e => e.depth <= maxDepth);
  if (!shown.length) {
    return null;
  }
  const minDepth = Math.min(...shown.map(e => e.depth));
  return (
    <nav className={classes.nav} aria-label="Table of contents">
      <Typography variant="overline" component="h2">
        Contents
      </Typography>
      <ul className={classes.list}>
        {shown.map(entry => (
          <li
            key={entry.id}
            className={classes.item}
            style={{ paddingLeft: `${(entry.depth - minDepth) * 12}px` }}
          >
            <Link href={`#${entry.id}`} color="inherit">
              {entry.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
