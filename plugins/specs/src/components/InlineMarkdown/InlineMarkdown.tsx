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
import { makeStyles } from '@material-ui/core/styles';
import { renderInlineMarkdown } from '../../lib/markdown';

const useStyles = makeStyles(
  theme => ({
    root: {
      '& code': {
        fontFamily:
          'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace',
        fontSize: '0.875em',
        backgroundColor:
          theme.palette.type === 'dark'
            ? 'rgba(110, 118, 129, 0.25)'
            : 'rgba(175, 184, 193, 0.25)',
        padding: '0.1em 0.3em',
        borderRadius: 4,
      },
      '& a': {
        color:
          (theme.palette as { link?: string }).link ??
          theme.palette.primary.main,
      },
      '& .spec-clarification': {
        padding: '0 0.3em',
        borderRadius: 4,
        border: `1px solid ${theme.palette.warning.main}`,
      },
      '& .spec-clarification-resolved': {
        borderColor: theme.palette.success.main,
      },
    },
  }),
  { name: 'SpecInlineMarkdown' },
);

/** @public */
export interface InlineMarkdownProps {
  /** One line of spec text, in markdown. */
  text: string;
  className?: string;
}

/**
 * One line of spec text (a task, a requirement, a story title) rendered the
 * way the document shows it: code, emphasis and links, sanitized; never
 * backticks and asterisks on screen.
 *
 * @public
 */
export function InlineMarkdown(props: InlineMarkdownProps) {
  const classes = useStyles();
  const html = useMemo(() => renderInlineMarkdown(props.text), [props.text]);
  return (
    <span
      className={`${classes.root} ${props.className ?? ''}`}
      // Sanitized by renderInlineMarkdown (DOMPurify + URL allow-list).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
