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

import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useSpecDocument } from '../../hooks/useSpecDocument';
import { AsyncState } from '../AsyncState';
import { SpecDocument } from '../SpecDocument';

/**
 * The rendered document of the current Spec entity in a card, with its
 * contents list; for pages composed of cards (the spec overview layout of
 * the new frontend system shows the document without a card).
 *
 * @public
 */
export function SpecDocumentCard() {
  const { entity } = useEntity();
  const { value, loading, error, retry } = useSpecDocument(entity);
  return (
    <InfoCard title="Document">
      <AsyncState
        loading={loading}
        error={error}
        retry={retry}
        errorTitle="Could not load the spec document"
      >
        {value && <SpecDocument entity={entity} document={value} />}
      </AsyncState>
    </InfoCard>
  );
}
