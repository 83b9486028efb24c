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
import {
  bitbucketCloudPush,
  bitbucketServerRefsChanged,
  githubPush,
  gitlabPush,
} from './__fixtures__/pushPayloads';
import { pushTouchesSource, readPushEvent } from './pushEvents';
import { SpecSource } from './types';

const source = (target: string): SpecSource => ({
  key: `url:${target}`,
  type: 'url',
  target,
  components: [],
});

describe('readPushEvent', () => {
  it('reads a GitHub push with its changed paths', () => {
    expect(
      readPushEvent(
        'github.push',
        githubPush({
          repo: 'Acme/Specs',
          added: ['docs/specs/002-b/spec.md'],
          modified: ['README.md'],
        }),
      ),
    ).toEqual({
      repository: 'github.com/acme/specs',
      branches: ['main'],
      paths: ['docs/specs/002-b/spec.md', 'README.md'],
    });
  });

  it('reads a GitLab push, and no paths when GitLab cut the commit list', () => {
    const payload = gitlabPush({
      project: 'group/sub/specs',
      modified: ['specs/001.md'],
    });
    expect(readPushEvent('gitlab.push', payload)).toEqual({
      repository: 'gitlab.com/group/sub/specs',
      branches: ['main'],
      paths: ['specs/001.md'],
    });
    expect(
      readPushEvent('gitlab.push', { ...payload, total_commits_count: 40 })
        ?.paths,
    ).toBeUndefined();
  });

  it('reads Bitbucket Cloud and Server pushes, which list no paths', () => {
    expect(
      readPushEvent(
        'bitbucketCloud.repo:push',
        bitbucketCloudPush({ repo: 'acme/specs', branch: 'dev' }),
      ),
    ).toEqual({ repository: 'bitbucket.org/acme/specs', branches: ['dev'] });
    expect(
      readPushEvent(
        'bitbucketServer.repo:refs_changed',
        bitbucketServerRefsChanged({
          host: 'bitbucket.example.com',
          project: 'PRJ',
          repo: 'specs',
        }),
      ),
    ).toEqual({
      repository: 'bitbucket.example.com/prj/specs',
      branches: ['main'],
    });
  });

  it('ignores tags, deleted branches and payloads of other shapes', () => {
    expect(
      readPushEvent('github.push', {
        ...githubPush({ repo: 'acme/specs' }),
        ref: 'refs/tags/v1',
      }),
    ).toBeUndefined();
    expect(
      readPushEvent('github.push', {
        ...githubPush({ repo: 'acme/specs' }),
        deleted: true,
      }),
    ).toBeUndefined();
    for (const payload of [null, 'x', [], { repository: 5 }, { ref: {} }]) {
      expect(readPushEvent('github.push', payload)).toBeUndefined();
      expect(readPushEvent('gitlab.push', payload)).toBeUndefined();
      expect(
        readPushEvent('bitbucketCloud.repo:push', payload),
      ).toBeUndefined();
      expect(
        readPushEvent('bitbucketServer.repo:refs_changed', payload),
      ).toBeUndefined();
    }
    expect(readPushEvent('github.issues', githubPush({ repo: 'a/b' }))).toBe(
      undefined,
    );
  });
});

describe('pushTouchesSource', () => {
  const tree = source('https://github.com/acme/specs/tree/main/docs/specs');
  const push = (paths?: string[], branch = 'main') => ({
    repository: 'github.com/acme/specs',
    branches: [branch],
    paths,
  });

  it('matches a markdown change inside the source path on its branch', () => {
    expect(pushTouchesSource(push(['docs/specs/001/spec.md']), tree)).toBe(
      true,
    );
    expect(pushTouchesSource(push(['docs/specs-old/x.md']), tree)).toBe(false);
    expect(pushTouchesSource(push(['docs/specs/001/logo.png']), tree)).toBe(
      false,
    );
    expect(
      pushTouchesSource(push(['docs/specs/001/spec.md'], 'feature'), tree),
    ).toBe(false);
  });

  it('matches on repository and branch when the push lists no paths', () => {
    expect(pushTouchesSource(push(undefined), tree)).toBe(true);
    expect(
      pushTouchesSource(
        { ...push(undefined), repository: 'github.com/acme/other' },
        tree,
      ),
    ).toBe(false);
  });

  it('matches a single-file source and sources of other SCMs', () => {
    const file = source('https://github.com/acme/specs/blob/main/SPEC.md');
    expect(pushTouchesSource(push(['SPEC.md']), file)).toBe(true);
    expect(pushTouchesSource(push(['docs/SPEC.md']), file)).toBe(false);
    expect(
      pushTouchesSource(
        { repository: 'bitbucket.example.com/prj/specs', branches: ['main'] },
        source(
          'https://bitbucket.example.com/projects/PRJ/repos/specs/browse/specs?at=refs%2Fheads%2Fmain',
        ),
      ),
    ).toBe(true);
    expect(
      pushTouchesSource(
        {
          repository: 'gitlab.com/group/sub/specs',
          branches: ['main'],
          paths: ['specs/a.md'],
        },
        source('https://gitlab.com/group/sub/specs/-/tree/main/specs'),
      ),
    ).toBe(true);
  });

  it('never matches a local source', () => {
    expect(
      pushTouchesSource(push(['x.md']), {
        key: 'file:/tmp/x',
        type: 'file',
        target: '/tmp/x',
        components: [],
      }),
    ).toBe(false);
  });
});
