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

import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_SPECS_PROVIDER_SCHEDULE,
  readSpecsProviderConfig,
} from './providerConfig';

describe('readSpecsProviderConfig', () => {
  it('reads catalog.providers.specs', () => {
    const read = readSpecsProviderConfig(
      new ConfigReader({
        catalog: {
          providers: {
            specs: {
              sources: [{ target: '/srv/specs' }],
              annotationDiscovery: false,
              schedule: { frequency: { seconds: 30 }, timeout: { minutes: 1 } },
            },
          },
        },
      }),
    );
    expect(read.sources.map(s => s.getString('target'))).toEqual([
      '/srv/specs',
    ]);
    expect(read.annotationDiscovery).toBe(false);
    expect(read.schedule).toEqual({
      frequency: { seconds: 30 },
      timeout: { minutes: 1 },
    });
  });

  it('has defaults', () => {
    const read = readSpecsProviderConfig(new ConfigReader({}));
    expect(read.sources).toEqual([]);
    expect(read.annotationDiscovery).toBe(true);
    expect(read.schedule).toEqual(DEFAULT_SPECS_PROVIDER_SCHEDULE);
  });

  it('fails start-up on the old keys, naming the new ones', () => {
    expect(() =>
      readSpecsProviderConfig(
        new ConfigReader({
          specs: {
            sources: [{ target: '/srv/specs' }],
            history: { enabled: false },
          },
        }),
      ),
    ).toThrow(
      /move specs\.sources to catalog\.providers\.specs\.sources in your app-config/,
    );
    // The backend's own settings stay under specs.
    expect(() =>
      readSpecsProviderConfig(
        new ConfigReader({ specs: { history: { enabled: false } } }),
      ),
    ).not.toThrow();
  });
});
