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

import { useId } from 'react';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { CodeSnippet, Progress } from '@backstage/core-components';
import useAsync from 'react-use/esm/useAsync';
import { sanitizeSpecSvg } from '../../lib/markdown';

const useStyles = makeStyles(theme => ({
  figure: {
    margin: theme.spacing(2, 0),
    overflowX: 'auto',
    '& svg': {
      maxWidth: '100%',
      height: 'auto',
    },
  },
}));

// Only one diagram renders at a time: mermaid keeps global state between
// initialize() and render().
let queue: Promise<unknown> = Promise.resolve();

async function renderDiagram(id: string, text: string, dark: boolean) {
  // Loaded on first use: mermaid is large and most pages have no diagram.
  const { default: mermaid } = await import('mermaid');
  const run = async () => {
    mermaid.initialize({
      startOnLoad: false,
      // Strict: no click handlers, HTML in labels is escaped.
      securityLevel: 'strict',
      theme: dark ? 'dark' : 'default',
      // Labels as SVG text, so that the sanitizer can drop foreignObject.
      htmlLabels: false,
      flowchart: { htmlLabels: false },
    });
    const { svg } = await mermaid.render(id, text);
    return sanitizeSpecSvg(svg);
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** @public */
export interface MermaidDiagramProps {
  /** The mermaid source of the diagram. */
  text: string;
}

/**
 * Draws a mermaid diagram from spec markdown, falling back to its source
 * when it cannot be drawn.
 *
 * @public
 */
export function MermaidDiagram(props: MermaidDiagramProps) {
  const { text } = props;
  const classes = useStyles();
  const dark = useTheme().palette.type === 'dark';
  const id = `mermaid-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const { value: svg, loading, error } = useAsync(
    () => renderDiagram(id, text, dark),
    [id, text, dark],
  );

  if (loading) {
    return <Progress />;
  }
  if (error || !svg) {
    return (
      <figure className={classes.figure}>
        <Typography variant="caption" color="error" component="figcaption">
          The diagram could not be drawn{error ? `: ${error.message}` : ''}
        </Typography>
        <CodeSnippet text={text} language="text" />
      </figure>
    );
  }
  return (
    <figure
      className={classes.figure}
      role="img"
      aria-label="Diagram"
      // Sanitized by sanitizeSpecSvg.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
