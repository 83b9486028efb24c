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

import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { searchModuleSpecs } from './module';
import { SpecsCollatorFactory } from './collator/SpecsCollatorFactory';
import { SpecsCatalogDocumentFilterFactory } from './decorator/SpecsCatalogDocumentFilter';

describe('searchModuleSpecs', () => {
  it('registers the spec collator with the configured schedule', async () => {
    const addCollator = jest.fn();
    const addDecorator = jest.fn();
    const createScheduledTaskRunner = jest.fn(() => ({ run: jest.fn() }));
    await startTestBackend({
      extensionPoints: [
        [searchIndexRegistryExtensionPoint, { addCollator, addDecorator }],
      ],
      features: [
        searchModuleSpecs,
        catalogServiceMock.factory(),
        mockServices.rootConfig.factory({
          data: {
            search: {
              collators: {
                specs: {
                  schedule: {
                    frequency: { seconds: 30 },
                    timeout: { minutes: 1 },
                    initialDelay: { seconds: 2 },
                  },
                },
              },
            },
          },
        }),
        mockServices.scheduler.mock({ createScheduledTaskRunner }).factory,
      ],
    });

    expect(addCollator).toHaveBeenCalledTimes(1);
    const { factory } = addCollator.mock.calls[0][0];
    expect(factory).toBeInstanceOf(SpecsCollatorFactory);
    expect(factory.type).toBe('spec');
    expect(createScheduledTaskRunner).toHaveBeenCalledWith({
      frequency: { seconds: 30 },
      timeout: { minutes: 1 },
      initialDelay: { seconds: 2 },
    });
    // Spec entities leave the catalog collator's documents.
    expect(addDecorator).toHaveBeenCalledTimes(1);
    expect(addDecorator.mock.calls[0][0].factory).toBeInstanceOf(
      SpecsCatalogDocumentFilterFactory,
    );
  });

  it('keeps Spec entities among catalog results when configured to', async () => {
    const addDecorator = jest.fn();
    await startTestBackend({
      extensionPoints: [
        [
          searchIndexRegistryExtensionPoint,
          { addCollator: jest.fn(), addDecorator },
        ],
      ],
      features: [
        searchModuleSpecs,
        catalogServiceMock.factory(),
        mockServices.rootConfig.factory({
          data: {
            search: { collators: { specs: { excludeFromCatalog: false } } },
          },
        }),
        mockServices.scheduler.mock().factory,
      ],
    });
    expect(addDecorator).not.toHaveBeenCalled();
  });

  it('uses a default schedule without configuration', async () => {
    const addCollator = jest.fn();
    const createScheduledTaskRunner = jest.fn(() => ({ run: jest.fn() }));
    await startTestBackend({
      extensionPoints: [
        [
          searchIndexRegistryExtensionPoint,
          { addCollator, addDecorator: jest.fn() },
        ],
      ],
      features: [
        searchModuleSpecs,
        catalogServiceMock.factory(),
        mockServices.scheduler.mock({ createScheduledTaskRunner }).factory,
      ],
    });
    expect(addCollator).toHaveBeenCalledTimes(1);
    expect(createScheduledTaskRunner).toHaveBeenCalledWith({
      frequency: { minutes: 10 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 3 },
    });
  });
});
