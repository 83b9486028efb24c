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

import { useId, useLayoutEffect, useRef, useState } from 'react';
import AppBar from '@material-ui/core/AppBar';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import IconButton from '@material-ui/core/IconButton';
import Toolbar from '@material-ui/core/Toolbar';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import CloseIcon from '@material-ui/icons/Close';
import FullscreenIcon from '@material-ui/icons/Fullscreen';
import ZoomInIcon from '@material-ui/icons/ZoomIn';
import ZoomOutIcon from '@material-ui/icons/ZoomOut';
import { CodeSnippet, Progress } from '@backstage/core-components';
import useAsync from 'react-use/esm/useAsync';
import { sanitizeSpecSvg } from '../../lib/markdown';

/**
 * A diagram is shrunk to fit its column only as far as its smallest text
 * stays this large; beyond that it scrolls sideways, and the full-screen
 * view shows it whole.
 */
const MIN_TEXT_PX = 11;
const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

const useStyles = makeStyles(
  theme => ({
    figure: {
      margin: theme.spacing(0, 0, 3),
      border: `1px solid ${theme.palette.divider}`,
      borderRadius: 6,
      overflow: 'hidden',
    },
    caption: {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      gap: theme.spacing(1),
      padding: theme.spacing(0.5, 1, 0.5, 2),
      borderBottom: `1px solid ${theme.palette.divider}`,
      backgroundColor: theme.palette.background.default,
    },
    scroller: {
      overflowX: 'auto',
      padding: theme.spacing(2),
      '&:focus-visible': {
        outline: `2px solid ${theme.palette.primary.main}`,
        outlineOffset: -2,
      },
    },
    diagram: {
      margin: '0 auto',
      '& svg': {
        display: 'block',
        height: 'auto',
        margin: '0 auto',
      },
    },
    zoomed: {
      overflow: 'auto',
      flex: 1,
      padding: theme.spacing(3),
      backgroundColor: theme.palette.background.paper,
      '& svg': {
        display: 'block',
        height: 'auto',
        margin: '0 auto',
        maxWidth: 'none',
      },
    },
    dialogPaper: {
      display: 'flex',
      flexDirection: 'column',
    },
    grow: { flex: 1 },
  }),
  { name: 'SpecMermaidDiagram' },
);

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

/** The natural width of a drawn diagram, from its viewBox. */
function naturalWidth(svg: SVGSVGElement): number | undefined {
  const viewBox = svg
    .getAttribute('viewBox')
    ?.split(/[\s,]+/)
    .map(Number);
  const width = viewBox?.[2];
  return width && Number.isFinite(width) && width > 0 ? width : undefined;
}

/** Sizes a drawn SVG: `scale` of its natural width, or to fit its column while its text stays readable. */
function sizeSvg(host: HTMLElement | null, scale?: number) {
  const svg = host?.querySelector('svg');
  if (!svg) return;
  const natural = naturalWidth(svg);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  if (!natural) {
    svg.style.width = '100%';
    return;
  }
  if (scale !== undefined) {
    svg.style.width = `${Math.round(natural * scale)}px`;
    svg.style.maxWidth = 'none';
    svg.style.minWidth = '0';
    return;
  }
  // Font sizes of the drawing, in its own units (mermaid styles its text
  // with CSS in the SVG, so the computed style is the truth).
  const fontSizes = Array.from(svg.querySelectorAll('text'))
    .filter(text => (text.textContent ?? '').trim())
    .map(text => parseFloat(getComputedStyle(text).fontSize))
    .filter(size => Number.isFinite(size) && size > 0);
  const smallest = fontSizes.length ? Math.min(...fontSizes) : 16;
  const minScale = Math.min(1, MIN_TEXT_PX / smallest);
  svg.style.width = '100%';
  svg.style.maxWidth = `${natural}px`;
  svg.style.minWidth = `${Math.ceil(natural * minScale)}px`;
}

/** @public */
export interface MermaidDiagramProps {
  /** The mermaid source of the diagram. */
  text: string;
  /** What the diagram shows, e.g. "Sequence diagram: Architecture Overview"; read out and shown as its caption. */
  label?: string;
}

function ZoomDialog(props: {
  svg: string;
  id: string;
  label: string;
  onClose: () => void;
}) {
  const { svg, id, label, onClose } = props;
  const classes = useStyles();
  const [zoom, setZoom] = useState(1);
  const host = useRef<HTMLDivElement>(null);
  // The copy gets ids of its own, so the page never has two elements with one id.
  const copy = svg.split(id).join(`${id}-zoom`);
  useLayoutEffect(() => sizeSvg(host.current, zoom), [zoom, copy]);
  const index = ZOOM_STEPS.indexOf(zoom);
  return (
    <Dialog
      open
      fullScreen
      onClose={onClose}
      aria-labelledby={`${id}-zoom-title`}
      PaperProps={{ className: classes.dialogPaper }}
    >
      <AppBar position="static" color="default" elevation={0}>
        <Toolbar variant="dense">
          <Typography
            id={`${id}-zoom-title`}
            variant="h6"
            component="h2"
            className={classes.grow}
          >
            {label}
          </Typography>
          <Tooltip title="Zoom out">
            <span>
              <IconButton
                aria-label="Zoom out"
                disabled={index <= 0}
                onClick={() => setZoom(ZOOM_STEPS[index - 1])}
              >
                <ZoomOutIcon />
              </IconButton>
            </span>
          </Tooltip>
          <Button
            onClick={() => setZoom(1)}
            aria-label={`Zoom ${Math.round(zoom * 100)}%, reset to 100%`}
          >
            {Math.round(zoom * 100)}%
          </Button>
          <Tooltip title="Zoom in">
            <span>
              <IconButton
                aria-label="Zoom in"
                disabled={index >= ZOOM_STEPS.length - 1}
                onClick={() => setZoom(ZOOM_STEPS[index + 1])}
              >
                <ZoomInIcon />
              </IconButton>
            </span>
          </Tooltip>
          <IconButton aria-label="Close" onClick={onClose} edge="end">
            <CloseIcon />
          </IconButton>
        </Toolbar>
      </AppBar>
      <div
        className={classes.zoomed}
        // A scrolling region: keyboard users must be able to reach it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        aria-label={`${label}, scrollable`}
        role="group"
      >
        <div
          ref={host}
          role="img"
          aria-label={label}
          // Sanitized by sanitizeSpecSvg.
          dangerouslySetInnerHTML={{ __html: copy }}
        />
      </div>
    </Dialog>
  );
}

/**
 * Draws a mermaid diagram from spec markdown at a readable size: it uses the
 * column's width, scrolls sideways rather than shrinking text below ~11 px,
 * and opens full screen with zoom. Falls back to its source when it cannot be
 * drawn.
 *
 * @public
 */
export function MermaidDiagram(props: MermaidDiagramProps) {
  const { text, label = 'Diagram' } = props;
  const classes = useStyles();
  const dark = useTheme().palette.type === 'dark';
  const id = `mermaid-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const host = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  const {
    value: svg,
    loading,
    error,
  } = useAsync(() => renderDiagram(id, text, dark), [id, text, dark]);
  useLayoutEffect(() => sizeSvg(host.current), [svg]);

  if (loading) {
    return <Progress />;
  }
  if (error || !svg) {
    return (
      <figure className={classes.figure}>
        <Typography
          variant="caption"
          color="textSecondary"
          component="figcaption"
          className={classes.caption}
        >
          The diagram could not be drawn{error ? `: ${error.message}` : ''}; its
          source:
        </Typography>
        <CodeSnippet text={text} language="text" />
      </figure>
    );
  }
  return (
    <figure className={classes.figure}>
      <figcaption className={classes.caption}>
        <Typography variant="body2" component="span" color="textSecondary">
          {label}
        </Typography>
        <Button
          size="small"
          startIcon={<FullscreenIcon />}
          onClick={() => setExpanded(true)}
          aria-label={`Expand: ${label}`}
        >
          Expand
        </Button>
      </figcaption>
      <div
        className={classes.scroller}
        // A scrolling region: keyboard users must be able to reach it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="group"
        aria-label={`${label}, scrollable`}
      >
        <div
          ref={host}
          className={classes.diagram}
          role="img"
          aria-label={label}
          // Sanitized by sanitizeSpecSvg.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      </div>
      {expanded && (
        <ZoomDialog
          svg={svg}
          id={id}
          label={label}
          onClose={() => setExpanded(false)}
        />
      )}
    </figure>
  );
}
