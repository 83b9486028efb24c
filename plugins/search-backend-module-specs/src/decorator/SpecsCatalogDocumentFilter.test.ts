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

import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { IndexableDocument } from '@backstage/plugin-search-common';
import {
  SpecsCatalogDocumentFilterFactory,
  isSpecCatalogDocument,
} from './SpecsCatalogDocumentFilter';

const doc = (fields: Record<string, unknown>): IndexableDocument =>
  ({
    title: 't',
    text: 'x',
    location: '/catalog/default/k/n',
    ...fields,
  } as any);

describe('SpecsCatalogDocumentFilter', () => {
  it('recognises Spec entities by kind or by their entity ref', () => {
    expect(isSpecCatalogDocument(doc({ kind: 'Spec' }))).toBe(true);
    expect(isSpecCatalogDocument(doc({ kind: 'spec' }))).toBe(true);
    expect(isSpecCatalogDocument(doc({ kind: 'Component' }))).toBe(false);
    expect(
      isSpecCatalogDocument(
        doc({ authorization: { resourceRef: 'spec:default/spec-0042-x' } }),
      ),
    ).toBe(true);
    expect(
      isSpecCatalogDocument(
        doc({ authorization: { resourceRef: 'component:default/specs' } }),
      ),
    ).toBe(false);
    expect(isSpecCatalogDocument(doc({}))).toBe(false);
  });

  it('drops Spec entities from the catalog collator, one result per spec', async () => {
    const factory = new SpecsCatalogDocumentFilterFactory();
    expect(factory.types).toEqual(['software-catalog']);
    const decorator = await factory.getDecorator();
    const kept: IndexableDocument[] = [];
    await pipeline(
      Readable.from([
        doc({ title: 'broker', kind: 'Component' }),
        doc({ title: 'SPEC-0042', kind: 'Spec' }),
        doc({ title: 'team', kind: 'Group' }),
      ]),
      decorator,
      new Writable({
        objectMode: true,
        write(chunk, _enc, done) {
          kept.push(chunk);
          done();
        },
      }),
    );
    expect(kept.map(d => d.title)).toEqual(['broker', 'team']);
  });
});
