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

import { readSpecEntity } from '@specstage/plugin-specs-common';
import Grid from '@material-ui/core/Grid';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useSpecDocument } from '../../hooks/useSpecDocument';
import { AsyncState } from '../AsyncState';
import { ReviewChecklist } from '../ReviewChecklist';

/**
 * The Review tab of a spec: one card per reviewer persona.
 *
 * @public
 */
export function SpecReviewContent() {
  const { entity } = useEntity();
  const spec = readSpecEntity(entity)?.spec;
  const { value, loading, error, retry } = useSpecDocument(entity);
  return (
    <Grid container spacing={3}>
      {error && (
        <Grid item xs={12}>
          <AsyncState
            loading={false}
            error={error}
            retry={retry}
            errorTitle="Could not load the review items; showing counts only"
          />
        </Grid>
      )}
      <Grid item xs={12}>
        <AsyncState loading={loading}>
          <ReviewChecklist
            personas={value ? value.document.review : spec?.review ?? []}
          />
        </AsyncState>
      </Grid>
    </Grid>
  );
}
