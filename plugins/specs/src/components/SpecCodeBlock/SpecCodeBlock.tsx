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

/// <reference types="react-syntax-highlighter" />
import { ComponentProps } from 'react';
import Box from '@material-ui/core/Box';
import { useTheme } from '@material-ui/core/styles';
import { CopyTextButton } from '@backstage/core-components';
import LightAsync from 'react-syntax-highlighter/dist/esm/light-async';
import a11yDark from 'react-syntax-highlighter/dist/esm/styles/hljs/a11y-dark';
import a11yLight from 'react-syntax-highlighter/dist/esm/styles/hljs/a11y-light';

/** @public */
export interface SpecCodeBlockProps {
  text: string;
  /** The fence's language, e.g. `yaml`; plain text when unknown. */
  language?: string;
}

/**
 * A fenced code block of a spec: highlighted with colours that keep a 4.5:1
 * contrast (the a11y highlight.js themes), scrolling sideways when long and
 * reachable by keyboard to do so, with a copy button.
 *
 * @public
 */
export function SpecCodeBlock(props: SpecCodeBlockProps) {
  const { text, language } = props;
  const dark = useTheme().palette.type === 'dark';
  const PreTag = (preProps: ComponentProps<'pre'>) => (
    <pre
      {...preProps}
      // Long lines scroll: keyboard users must be able to reach them.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      aria-label={language ? `Code, ${language}` : 'Code'}
    />
  );
  return (
    <Box position="relative">
      <LightAsync
        language={language ?? 'text'}
        style={dark ? a11yDark : a11yLight}
        PreTag={PreTag}
        customStyle={{
          margin: 0,
          padding: '16px',
          paddingRight: '48px',
          borderRadius: 6,
          fontSize: '0.875rem',
        }}
      >
        {text}
      </LightAsync>
      <Box position="absolute" top={4} right={4}>
        <CopyTextButton text={text} />
      </Box>
    </Box>
  );
}
