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

import { useMemo } from 'react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { CodeSnippet } from '@backstage/core-components';
import { SpecDocumentFile } from '../../api';
import { MarkdownBlock, renderSpecFiles } from '../../lib/markdown';
import { MermaidDiagram } from '../MermaidDiagram';
import { TableOfContents } from '../TableOfContents';

const useStyles = makeStyles(theme => ({
  file: {
    '& + &': {
      marginTop: theme.spacing(4),
      paddingTop: theme.spacing(2),
      borderTop: `1px solid ${theme.palette.divider}`,
    },
  },
  markdown: {
    ...theme.typography.body1,
    overflowWrap: 'anywhere',
    '& h1, & h2, & h3, & h4, & h5, & h6': {
      scrollMarginTop: `${theme.spacing(2)}px`,
    },
    '& h1': theme.typography.h3,
    '& h2': { ...theme.typography.h4, marginTop: theme.spacing(3) },
    '& h3': { ...theme.typography.h5, marginTop: theme.spacing(2) },
    '& h4, & h5, & h6': theme.typography.h6,
    '& a': { color: theme.palette.link ?? theme.palette.primary.main },
    '& .spec-heading-anchor': {
      marginLeft: theme.spacing(1),
      opacity: 0,
      textDecoration: 'none',
      color: theme.palette.text.secondary,
    },
    '& :hover > .spec-heading-anchor, & .spec-heading-anchor:focus': {
      opacity: 1,
    },
    '& code': {
      fontFamily: 'monospace',
      backgroundColor: theme.palette.action.hover,
      padding: '0 0.2em',
      borderRadius: 3,
    },
    '& pre': {
      overflowX: 'auto',
      padding: theme.spacing(1),
      backgroundColor: theme.palette.action.hover,
    },
    '& table': {
      borderCollapse: 'collapse',
      display: 'block',
      overflowX: 'auto',
    },
    '& th, & td': {
      border: `1px solid ${theme.palette.divider}`,
      padding: theme.spacing(0.5, 1),
      textAlign: 'left',
    },
    '& blockquote': {
      margin: theme.spacing(1, 0),
      padding: theme.spacing(0, 2),
      borderLeft: `4px solid ${theme.palette.divider}`,
      color: theme.palette.text.secondary,
    },
    '& img': { maxWidth: '100%' },
    '& li > input[type=checkbox]': { marginRight: theme.spacing(1) },
  },
}));

function Block(props: { block: MarkdownBlock; className: string }) {
  const { block, className } = props;
  switch (block.type) {
    case 'code':
      return (
        <CodeSnippet
          text={block.text}
          language={block.language ?? 'text'}
          showCopyCodeButton
        />
      );
    case 'mermaid':
      return <MermaidDiagram text={block.text} />;
    default:
      return (
        <div
          className={className}
          // Sanitized by renderSpecFiles (DOMPurify + URL allow-list).
          dangerouslySetInnerHTML={{ __html: block.html }}
        />
      );
  }
}

/** @public */
export interface SpecMarkdownProps {
  files: SpecDocumentFile[];
  /** Base URL under which the specs backend serves the spec's files. */
  filesBaseUrl?: string;
  /** Shows a table of contents next to the text; default true. */
  showToc?: boolean;
}

/**
 * Renders the markdown files of a spec, sanitized, with heading anchors, a
 * table of contents, code blocks and mermaid diagrams.
 *
 * @public
 */
export function SpecMarkdown(props: SpecMarkdownProps) {
  const { files, filesBaseUrl, showToc = true } = props;
  const classes = useStyles();
  const rendered = useMemo(
    () => renderSpecFiles(files, filesBaseUrl),
    [files, filesBaseUrl],
  );
  const multiple = rendered.length > 1;
  const toc = rendered.flatMap(file =>
    multiple
      ? [
          { id: file.id, text: file.path, depth: 1 },
          ...file.toc.map(e => ({ ...e, depth: e.depth + 1 })),
        ]
      : file.toc,
  );

  const content = rendered.map(file => (
    <section
      key={file.path}
      id={file.id}
      className={classes.file}
      aria-label={file.path}
    >
      {multiple && (
        <Typography variant="overline" component="p" color="textSecondary">
          {file.path}
        </Typography>
      )}
      {file.blocks.map((block, index) => (
        <Block key={index} block={block} className={classes.markdown} />
      ))}
    </section>
  ));

  if (!showToc || toc.length === 0) {
    return <>{content}</>;
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={9}>
        {content}
      </Grid>
      <Grid item xs={12} md={3}>
        <TableOfContents entries={toc} maxDepth={multiple ? 3 : 2} />
      </Grid>
    </Grid>
  );
}
