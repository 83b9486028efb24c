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

import { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { specEntity } from '../../__testUtils__/fixtures';
import { SpecTestProviders } from '../../__testUtils__/providers';
import { EntitySpecsContent } from '../EntitySpecsContent';
import { EntitySpecsCard } from './EntitySpecsCard';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'identity-broker', namespace: 'default', annotations: {} },
  spec: { type: 'service', owner: 'security-team', lifecycle: 'production' },
};

function render(element: JSX.Element, entity: Entity, specs: Entity[]) {
  const catalogApi = catalogApiMock.mock({
    queryEntities: jest.fn().mockResolvedValue({
      items: specs,
      totalItems: specs.length,
      pageInfo: {},
    }),
  });
  return {
    catalogApi,
    rendered: renderInTestApp(
      <SpecTestProviders entity={entity} catalogApi={catalogApi}>
        {element}
      </SpecTestProviders>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    ),
  };
}

describe('EntitySpecsCard', () => {
  it('lists the specs of a component with status and progress', async () => {
    const { catalogApi, rendered } = render(<EntitySpecsCard />, component, [
      specEntity,
    ]);
    await rendered;
    expect(
      await screen.findByRole('link', { name: 'Workload Identity Federation' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/SPEC-0042/)).toBeInTheDocument();
    expect(screen.getByLabelText('Status: In progress')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Tasks of SPEC-0042' }),
    ).toHaveAttribute('aria-valuenow', '5');
    // Where the work is: the current phase, linking to the Phases tab, and
    // the next task, with its markdown rendered.
    expect(
      screen.getByRole('link', { name: 'Phase 2: Rollout' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/spec/spec-0042-workload-identity-federation-1a2b3c4d/phases',
    );
    expect(screen.getByText(/Task 2\.2/)).toBeInTheDocument();
    expect(screen.getByText('SIEM').tagName).toBe('CODE');
    expect(catalogApi.queryEntities).toHaveBeenCalledWith(
      expect.objectContaining({
        filter: {
          kind: 'spec',
          'relations.specifies': 'component:default/identity-broker',
        },
      }),
    );
  });

  it('explains the annotation when there are no specs', async () => {
    const { rendered } = render(<EntitySpecsCard />, component, []);
    await rendered;
    expect(
      (await screen.findAllByText(/specstage\.io\/spec-location/)).length,
    ).toBeGreaterThan(0);
  });

  it('says when the annotated location has no specs yet', async () => {
    const annotated = {
      ...component,
      metadata: {
        ...component.metadata,
        annotations: { 'specstage.io/spec-location': './docs/specs' },
      },
    };
    const { rendered } = render(<EntitySpecsCard />, annotated, []);
    await rendered;
    expect(await screen.findByText(/No specs found at/)).toBeInTheDocument();
  });
});

describe('EntitySpecsContent', () => {
  it('shows the phases of active specs', async () => {
    const { rendered } = render(<EntitySpecsContent />, component, [
      specEntity,
    ]);
    await rendered;
    expect(
      await screen.findByRole('progressbar', {
        name: 'Progress of Phase 1: Broker',
      }),
    ).toHaveAttribute('aria-valuenow', '4');
  });
});
