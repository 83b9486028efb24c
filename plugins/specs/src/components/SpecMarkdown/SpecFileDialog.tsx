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

import { useEffect, useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Progress, WarningPanel } from '@backstage/core-components';
import { fetchApiRef, useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';

const useStyles = makeStyles(theme => ({
  image: {
    display: 'block',
    maxWidth: '100%',
    margin: '0 auto',
    background: theme.palette.common.white,
  },
  text: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '0.875rem',
  },
}));

type Loaded =
  | { kind: 'image'; url: string; blob: Blob }
  | { kind: 'text'; text: string; blob: Blob }
  | { kind: 'download'; blob: Blob };

function fileName(href: string): string {
  const last = href.split(/[?#]/)[0].split('/').pop() ?? 'file';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Opens an attachment of a spec (an image, a text, a PDF) that the specs
 * backend serves: fetched with the user's credentials, which a plain link
 * would not send. Images (SVG too, as an image, so it cannot run script) and
 * text show in the portal; anything else is downloaded.
 */
export function SpecFileDialog(props: {
  file?: { href: string; name: string };
  onClose: () => void;
}) {
  const { file, onClose } = props;
  const classes = useStyles();
  const fetchApi = useApi(fetchApiRef);
  const [state, setState] = useState<
    { loading: true } | { loading: false; loaded?: Loaded; error?: Error }
  >({ loading: true });

  useEffect(() => {
    if (!file) return undefined;
    let cancelled = false;
    let objectUrl: string | undefined;
    setState({ loading: true });
    (async () => {
      try {
        const response = await fetchApi.fetch(file.href);
        if (!response.ok) throw await ResponseError.fromResponse(response);
        const blob = await response.blob();
        const type = blob.type.split(';')[0].trim();
        let loaded: Loaded;
        if (type.startsWith('image/')) {
          objectUrl = URL.createObjectURL(blob);
          loaded = { kind: 'image', url: objectUrl, blob };
        } else if (type.startsWith('text/')) {
          loaded = { kind: 'text', text: await blob.text(), blob };
        } else {
          download(blob, fileName(file.href));
          loaded = { kind: 'download', blob };
        }
        if (!cancelled) setState({ loading: false, loaded });
      } catch (error) {
        if (!cancelled) setState({ loading: false, error: error as Error });
      }
    })();
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [file, fetchApi]);

  if (!file) return null;
  const name = fileName(file.href);
  const loaded = state.loading ? undefined : state.loaded;
  return (
    <Dialog
      open
      onClose={onClose}
      maxWidth="lg"
      fullWidth
      aria-labelledby="spec-file-dialog-title"
    >
      <DialogTitle id="spec-file-dialog-title">{name}</DialogTitle>
      <DialogContent dividers>
        {state.loading && <Progress />}
        {!state.loading && state.error && (
          <WarningPanel severity="error" title={`Could not open ${name}`}>
            {state.error.message}
          </WarningPanel>
        )}
        {loaded?.kind === 'image' && (
          <img
            src={loaded.url}
            alt={file.name || name}
            className={classes.image}
          />
        )}
        {loaded?.kind === 'text' && (
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          <pre className={classes.text} tabIndex={0}>
            {loaded.text}
          </pre>
        )}
        {loaded?.kind === 'download' && (
          <Typography>{name} was downloaded.</Typography>
        )}
      </DialogContent>
      <DialogActions>
        {loaded && loaded.kind !== 'download' && (
          <Button onClick={() => download(loaded.blob, name)}>Download</Button>
        )}
        <Button onClick={onClose} color="primary">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
