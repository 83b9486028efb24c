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

import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { ErrorPanel, Progress } from '@backstage/core-components';

/** @public */
export interface AsyncStateProps {
  loading: boolean;
  error?: Error;
  retry?: () => void;
  /** Title of the error panel, e.g. "Could not load the spec". */
  errorTitle?: string;
  children?: ReactNode;
}

/**
 * Shows a progress bar while loading and an error panel with a retry button
 * on failure; the children otherwise.
 */
export function AsyncState(props: AsyncStateProps) {
  const { loading, error, retry, errorTitle, children } = props;
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <>
        <ErrorPanel error={error} title={errorTitle ?? error.message} />
        {retry && (
          <Box mt={1}>
            <Button variant="outlined" color="primary" onClick={retry}>
              Retry
            </Button>
          </Box>
        )}
      </>
    );
  }
  return <>{children}</>;
}
