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

import { makeStyles } from '@material-ui/core/styles';
import { useMarkdownStyles } from './useMarkdownStyles';

const useStyles = makeStyles(theme => ({
  root: {
    marginBottom: theme.spacing(3),
  },
}));

function format(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(format).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A spec's YAML front matter as a table of its keys and values, the way
 * GitHub shows it, rather than a rule and a heading.
 */
export function FrontMatterTable(props: {
  frontMatter?: Record<string, unknown>;
}) {
  const classes = useStyles();
  const markdown = useMarkdownStyles();
  const entries = Object.entries(props.frontMatter ?? {});
  if (!entries.length) return null;
  return (
    <div className={`${markdown.markdown} ${classes.root}`}>
      <dl className="spec-fields" aria-label="Front matter">
        {entries.map(([key, value]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{key}</dt>
            <dd>{format(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
