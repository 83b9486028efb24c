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

import { alpha, makeStyles } from '@material-ui/core/styles';

/**
 * The look of rendered spec markdown, after GitHub's and TechDocs' reading
 * styles: a comfortable line height, ruled section headings, tables with
 * borders, task boxes as read-only states; colours from the theme so that it
 * works in light and dark.
 */
export const useMarkdownStyles = makeStyles(
  theme => {
    const dark = theme.palette.type === 'dark';
    const border = theme.palette.divider;
    const codeBackground = dark
      ? 'rgba(110, 118, 129, 0.25)'
      : 'rgba(175, 184, 193, 0.25)';
    // Link and muted text colours with at least 4.5:1 against the page and
    // against code backgrounds, in either theme.
    const link = dark ? '#9cc9ff' : '#0a5ca8';
    const muted = dark ? theme.palette.text.secondary : '#57606a';
    return {
      markdown: {
        ...theme.typography.body1,
        fontSize: '1rem',
        lineHeight: 1.65,
        color: theme.palette.text.primary,
        overflowWrap: 'break-word',
        '& > *:first-child, & .spec-heading:first-child > h1': {
          marginTop: 0,
        },
        '& .spec-heading': {
          position: 'relative',
          display: 'flex',
          alignItems: 'baseline',
          gap: theme.spacing(1),
        },
        '& h1, & h2, & h3, & h4, & h5, & h6': {
          fontWeight: 600,
          lineHeight: 1.25,
          margin: theme.spacing(3, 0, 2),
          flex: '0 1 auto',
        },
        '& .spec-heading:has(h1), & .spec-heading:has(h2)': {
          borderBottom: `1px solid ${border}`,
          marginBottom: theme.spacing(2),
        },
        '& .spec-heading h1, & .spec-heading h2': {
          paddingBottom: theme.spacing(0.5),
          marginBottom: theme.spacing(0.5),
        },
        '& h1': { fontSize: '2em' },
        '& h2': { fontSize: '1.5em' },
        '& h3': { fontSize: '1.25em' },
        '& h4': { fontSize: '1em' },
        '& h5, & h6': { fontSize: '0.875em' },
        '& h6': { color: muted },
        '& [id]': {
          scrollMarginTop: `${theme.spacing(10)}px`,
        },
        '& .spec-heading-anchor': {
          color: theme.palette.text.secondary,
          textDecoration: 'none',
          opacity: 0,
          fontWeight: 400,
        },
        '& .spec-heading:hover .spec-heading-anchor, & .spec-heading-anchor:focus':
          { opacity: 1 },
        '& p, & ul, & ol, & dl, & blockquote, & pre, & .spec-table': {
          marginTop: 0,
          marginBottom: theme.spacing(2),
        },
        '& ul, & ol': { paddingLeft: '2em' },
        '& li + li': { marginTop: theme.spacing(0.5) },
        '& li > p': { marginBottom: theme.spacing(1) },
        '& li > ul, & li > ol': {
          marginTop: theme.spacing(0.5),
          marginBottom: 0,
        },
        '& a': {
          color: link,
          textDecoration: 'underline',
          textUnderlineOffset: '2px',
        },
        '& a.spec-file-link::after': {
          content: '"\\2913"',
          fontSize: '0.8em',
          marginLeft: 2,
        },
        '& a.spec-broken-link, & a.spec-pending-link': {
          color: theme.palette.text.primary,
          cursor: 'help',
        },
        '& a.spec-broken-link': {
          textDecorationStyle: 'wavy',
          textDecorationColor: theme.palette.error.main,
          '&::after': {
            content: '" (broken link)"',
            fontSize: '0.8em',
            color: theme.palette.text.secondary,
          },
        },
        '& a.spec-pending-link': {
          textDecorationStyle: 'dotted',
        },
        '& code': {
          fontFamily:
            'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
          fontSize: '0.875em',
          backgroundColor: codeBackground,
          padding: '0.15em 0.35em',
          borderRadius: 6,
        },
        '& pre': {
          overflowX: 'auto',
          padding: theme.spacing(2),
          borderRadius: 6,
          backgroundColor: codeBackground,
          '& code': { padding: 0, backgroundColor: 'transparent' },
        },
        '& .spec-table': {
          overflowX: 'auto',
          maxWidth: '100%',
        },
        '& table': {
          borderCollapse: 'collapse',
          borderSpacing: 0,
          width: 'max-content',
          maxWidth: '100%',
        },
        '& th, & td': {
          border: `1px solid ${border}`,
          padding: theme.spacing(0.75, 1.5),
          textAlign: 'left',
          verticalAlign: 'top',
          minWidth: '6em',
        },
        '& th': { fontWeight: 600 },
        '& tbody tr:nth-child(2n)': {
          backgroundColor: alpha(theme.palette.text.primary, 0.03),
        },
        '& blockquote': {
          margin: theme.spacing(0, 0, 2),
          padding: theme.spacing(0, 2),
          borderLeft: `0.25em solid ${border}`,
          color: muted,
        },
        '& hr': {
          height: '0.25em',
          padding: 0,
          margin: theme.spacing(3, 0),
          backgroundColor: border,
          border: 0,
        },
        '& img': { maxWidth: '100%', height: 'auto' },
        '& dl.spec-fields': {
          display: 'grid',
          gridTemplateColumns: 'max-content minmax(0, 1fr)',
          columnGap: theme.spacing(3),
          rowGap: theme.spacing(0.5),
          padding: theme.spacing(1.5, 2),
          border: `1px solid ${border}`,
          borderRadius: 6,
          '& dt': {
            fontWeight: 600,
            color: muted,
          },
          '& dd': { margin: 0, minWidth: 0 },
          [theme.breakpoints.down('xs')]: {
            columnGap: theme.spacing(1.5),
            padding: theme.spacing(1, 1.5),
          },
        },
        // Task boxes: read-only states, told apart by shape, not only colour.
        '& li.spec-task': {
          listStyle: 'none',
          marginLeft: '-1.5em',
        },
        '& .spec-box': {
          display: 'inline-block',
          position: 'relative',
          boxSizing: 'border-box',
          width: '1em',
          height: '1em',
          marginRight: '0.5em',
          verticalAlign: '-0.125em',
          border: `2px solid ${theme.palette.text.secondary}`,
          borderRadius: 3,
        },
        '& .spec-box-done': {
          backgroundColor: theme.palette.success.main,
          borderColor: theme.palette.success.main,
          '&::after': {
            content: '""',
            position: 'absolute',
            left: '0.22em',
            top: '0.02em',
            width: '0.25em',
            height: '0.5em',
            border: `solid ${theme.palette.success.contrastText}`,
            borderWidth: '0 2px 2px 0',
            transform: 'rotate(45deg)',
          },
        },
        '& .spec-box-partial': {
          borderColor: theme.palette.warning.main,
          background: `linear-gradient(to right, ${theme.palette.warning.main} 50%, transparent 50%)`,
        },
        '& .spec-box-skipped': {
          borderStyle: 'dashed',
          '&::after': {
            content: '""',
            position: 'absolute',
            left: '0.15em',
            right: '0.15em',
            top: 'calc(50% - 1px)',
            height: 2,
            backgroundColor: theme.palette.text.secondary,
          },
        },
        '& .spec-clarification': {
          padding: '0.1em 0.4em',
          borderRadius: 4,
          border: '1px solid',
        },
        '& .spec-clarification-open': {
          borderColor: theme.palette.warning.main,
          backgroundColor: alpha(theme.palette.warning.main, dark ? 0.15 : 0.1),
        },
        '& .spec-clarification-resolved': {
          borderColor: theme.palette.success.main,
          backgroundColor: alpha(
            theme.palette.success.main,
            dark ? 0.15 : 0.08,
          ),
        },
        '& .spec-clarification-label': {
          fontWeight: 600,
        },
        '& .spec-target': {
          outline: `2px solid ${theme.palette.primary.main}`,
          outlineOffset: 4,
          borderRadius: 2,
        },
        '& [tabindex="0"]:focus-visible': {
          outline: `2px solid ${theme.palette.primary.main}`,
          outlineOffset: 2,
        },
      },
    };
  },
  { name: 'SpecMarkdown' },
);
