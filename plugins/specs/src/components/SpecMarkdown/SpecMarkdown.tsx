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

import { MouseEvent, ReactNode, useCallback, useMemo, useState } from 'react';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useLocation, useNavigate } from 'react-router-dom';
import { SpecDocumentFile } from '../../api';
import {
  useHashScroll,
  findFragmentTarget,
  revealElement,
} from '../../hooks/useHashScroll';
import {
  MarkdownBlock,
  RenderedSpecFile,
  SpecLinkResolver,
  fragmentOf,
  renderSpecFiles,
} from '../../lib/markdown';
import { MermaidDiagram } from '../MermaidDiagram';
import { SpecCodeBlock } from '../SpecCodeBlock';
import { TableOfContents, TableOfContentsEntry } from '../TableOfContents';
import { useMarkdownStyles } from '../SpecDocument/useMarkdownStyles';
import { SpecFileDialog } from './SpecFileDialog';

const useStyles = makeStyles(
  theme => ({
    layout: {
      display: 'grid',
      gridTemplateColumns: 'minmax(0, 1fr)',
      // Small screens: the contents fold above the text, the rest comes after it.
      gridTemplateAreas: '"toc" "doc" "aside"',
      gap: theme.spacing(3),
      [theme.breakpoints.up('md')]: {
        gridTemplateColumns: 'minmax(0, 1fr) minmax(12rem, 16rem)',
        gridTemplateRows: 'auto 1fr',
        gridTemplateAreas: '"doc aside" "doc toc"',
        columnGap: theme.spacing(5),
        rowGap: theme.spacing(3),
      },
    },
    toc: {
      gridArea: 'toc',
      minWidth: 0,
    },
    aside: {
      gridArea: 'aside',
      minWidth: 0,
    },
    article: {
      gridArea: 'doc',
      minWidth: 0,
    },
    file: {
      '& + &': {
        marginTop: theme.spacing(5),
        paddingTop: theme.spacing(3),
        borderTop: `4px double ${theme.palette.divider}`,
      },
    },
    fileHeader: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'baseline',
      gap: theme.spacing(2),
      marginBottom: theme.spacing(1),
    },
    fileName: {
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      color: theme.palette.text.secondary,
      margin: 0,
    },
    code: {
      marginBottom: theme.spacing(2),
      // The code component's own box scrolls; keep it inside the column.
      maxWidth: '100%',
      overflowX: 'auto',
    },
  }),
  { name: 'SpecMarkdownLayout' },
);

/** @public */
export interface SpecMarkdownProps {
  files: SpecDocumentFile[];
  /** Base URL under which the specs backend serves the spec's files. */
  filesBaseUrl?: string;
  /** Shows a table of contents next to the text; default true. */
  showToc?: boolean;
  /**
   * Where links to files that are not the spec's own go (another spec's
   * page, the SCM, an attachment); by default attachments inside the spec
   * root are served by the specs backend and anything else is broken.
   */
  links?: SpecLinkResolver;
  /** Anchors of the spec's items by file and line (see `itemAnchorsByLine`). */
  anchors?: Map<string, Map<number, string[]>>;
  /** Shown above the first file, e.g. the front matter. */
  header?: ReactNode;
  /** Shown above the table of contents, e.g. related specs. */
  aside?: ReactNode;
  /** A link to a file's source, shown next to its name on multi-file specs. */
  sourceUrl?: (path: string) => string | undefined;
}

function Block(props: { block: MarkdownBlock; className: string }) {
  const { block, className } = props;
  const classes = useStyles();
  switch (block.type) {
    case 'code':
      return (
        <div id={block.id} className={classes.code}>
          <SpecCodeBlock text={block.text} language={block.language} />
        </div>
      );
    case 'mermaid':
      return (
        <div id={block.id}>
          <MermaidDiagram text={block.text} label={block.label} />
        </div>
      );
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

/** The element id of the block at or above `line` of a file, for `#file-x-l53`. */
function lineResolver(rendered: RenderedSpecFile[]) {
  return (fragment: string): string | undefined => {
    const match = /^(file-.+)-l(\d+)$/.exec(fragment);
    if (!match) return undefined;
    const file = rendered.find(f => f.id === match[1]);
    if (!file) return undefined;
    const line = Number(match[2]);
    let found: string | undefined;
    for (const entry of file.lines) {
      if (entry.line > line) break;
      found = entry.id;
    }
    return found ?? file.lines[0]?.id;
  };
}

/**
 * Renders the markdown files of a spec for reading: sanitized, with heading
 * and item anchors, a table of contents that stays in view (a collapsible
 * list on small screens), code blocks, mermaid diagrams, links that go where
 * they point (other specs, the SCM, attachments fetched with the user's
 * credentials) and broken links marked as such. Opening a `#fragment` URL
 * scrolls to it.
 *
 * @public
 */
export function SpecMarkdown(props: SpecMarkdownProps) {
  const {
    files,
    filesBaseUrl,
    showToc = true,
    links,
    anchors,
    header,
    aside,
    sourceUrl,
  } = props;
  const classes = useStyles();
  const markdownClasses = useMarkdownStyles();
  const navigate = useNavigate();
  const location = useLocation();
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const [attachment, setAttachment] = useState<{
    href: string;
    name: string;
  }>();
  const rendered = useMemo(
    () => renderSpecFiles(files, { filesBaseUrl, links, anchors }),
    [files, filesBaseUrl, links, anchors],
  );
  const resolveLine = useMemo(() => lineResolver(rendered), [rendered]);
  useHashScroll(rendered.length > 0 && !!container, container, resolveLine);

  const multiple = rendered.length > 1;
  const toc: TableOfContentsEntry[] = rendered.flatMap(file =>
    multiple
      ? [
          { id: file.id, text: file.path, depth: 1 },
          ...file.toc.map(e => ({ ...e, depth: e.depth + 1 })),
        ]
      : file.toc,
  );

  const goTo = useCallback(
    (hash: string) => {
      const target = findFragmentTarget(fragmentOf(hash), resolveLine);
      if (location.hash === hash && target) {
        // The same fragment again: the URL does not change, scroll anyway.
        revealElement(target);
        return;
      }
      navigate({ search: location.search, hash });
    },
    [navigate, location.search, location.hash, resolveLine],
  );

  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const link = (event.target as Element).closest?.('a');
    if (!link || !container?.contains(link)) return;
    const href = link.getAttribute('href');
    if (link.classList.contains('spec-file-link') && href) {
      // An attachment served by the specs backend: it needs the user's
      // token, which a plain navigation would not send.
      event.preventDefault();
      setAttachment({ href, name: link.textContent ?? href });
      return;
    }
    if (href?.startsWith('#')) {
      event.preventDefault();
      goTo(href);
      return;
    }
    if (href?.startsWith('/') && !link.hasAttribute('target')) {
      // Another page of the portal (another spec): no full reload.
      event.preventDefault();
      navigate(href);
    }
  };

  const content = (
    // One listener for the links of the rendered HTML (they are keyboard
    // links already: Enter on a link fires the click that lands here).
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <article
      className={classes.article}
      ref={setContainer}
      onClick={onClick}
      aria-label="Spec document"
    >
      {header}
      {rendered.map(file => (
        <section
          key={file.path}
          id={`user-content-${file.id}`}
          className={classes.file}
          aria-label={file.path}
        >
          {multiple && (
            <div className={classes.fileHeader}>
              <Typography
                variant="overline"
                component="p"
                className={classes.fileName}
              >
                {file.path}
              </Typography>
              {sourceUrl?.(file.path) && (
                <Link
                  href={sourceUrl(file.path)}
                  target="_blank"
                  rel="noopener noreferrer"
                  variant="caption"
                  aria-label={`View source of ${file.path}`}
                >
                  View source
                </Link>
              )}
            </div>
          )}
          {file.blocks.map((block, index) => (
            <Block
              key={index}
              block={block}
              className={markdownClasses.markdown}
            />
          ))}
        </section>
      ))}
      <SpecFileDialog
        file={attachment}
        onClose={() => setAttachment(undefined)}
      />
    </article>
  );

  if ((!showToc || toc.length === 0) && !aside) {
    return content;
  }
  return (
    <div className={classes.layout}>
      {aside && <div className={classes.aside}>{aside}</div>}
      <div className={classes.toc}>
        {showToc && (
          <TableOfContents
            entries={toc}
            maxDepth={multiple ? 3 : 2}
            onNavigate={goTo}
          />
        )}
      </div>
      {content}
    </div>
  );
}
