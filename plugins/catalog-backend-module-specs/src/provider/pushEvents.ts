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
import { JsonObject, JsonValue } from '@backstage/types';
import gitUrlParse from 'git-url-parse';
import { SpecSource } from './types';

/**
 * The push topics the provider listens to, as published by the events-backend
 * SCM modules (`@backstage/plugin-events-backend-module-github` and friends
 * route the HTTP ingress topic to `<ingress>.<event type>`).
 *
 * @public
 */
export const SPEC_PUSH_TOPICS = [
  'github.push',
  'gitlab.push',
  'bitbucketCloud.repo:push',
  'bitbucketServer.repo:refs_changed',
] as const;

/** What a push says about a repository, whatever the SCM. */
export interface RepositoryPush {
  /** `host/owner/name`, lower case. */
  repository: string;
  /** Branch names the push updated. */
  branches: string[];
  /**
   * Paths added, modified or removed, relative to the repository root, or
   * undefined when the payload does not list them (Bitbucket sends none;
   * GitHub and GitLab cut long pushes short).
   */
  paths?: string[];
}

const obj = (v: JsonValue | undefined): JsonObject | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const arr = (v: JsonValue | undefined): JsonValue[] =>
  Array.isArray(v) ? v : [];
const str = (v: JsonValue | undefined): string | undefined =>
  typeof v === 'string' ? v : undefined;

/** `host/owner/name` of a repository URL, or undefined when it is none. */
export function repositoryKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = gitUrlParse(url);
    if (!parsed.resource || !parsed.full_name) return undefined;
    return `${parsed.resource}/${parsed.full_name}`.toLowerCase();
  } catch {
    return undefined;
  }
}

const branchOf = (ref: string | undefined) =>
  ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;

/** Paths of GitHub/GitLab commit objects (`added`, `modified`, `removed`). */
function commitPaths(commits: JsonValue[]): string[] {
  const paths = new Set<string>();
  for (const c of commits) {
    const commit = obj(c);
    for (const key of ['added', 'modified', 'removed']) {
      for (const p of arr(commit?.[key])) {
        if (typeof p === 'string') paths.add(p);
      }
    }
  }
  return [...paths];
}

function githubPush(payload: JsonObject): RepositoryPush | undefined {
  const repo = obj(payload.repository);
  const repository = repositoryKey(str(repo?.html_url));
  const branch = branchOf(str(payload.ref));
  // A deleted branch has no specs to read; a tag push is not a branch.
  if (!repository || !branch || payload.deleted === true) return undefined;
  const commits = arr(payload.commits);
  return {
    repository,
    branches: [branch],
    // No commits listed (a new branch at an existing commit, a force push
    // back): the files are unknown, not unchanged.
    paths: commits.length > 0 ? commitPaths(commits) : undefined,
  };
}

function gitlabPush(payload: JsonObject): RepositoryPush | undefined {
  const project = obj(payload.project);
  const repository = repositoryKey(
    str(project?.web_url) ?? str(obj(payload.repository)?.homepage),
  );
  const branch = branchOf(str(payload.ref));
  if (!repository || !branch) return undefined;
  const commits = arr(payload.commits);
  // GitLab lists at most 20 commits; `total_commits_count` tells the rest.
  const total =
    typeof payload.total_commits_count === 'number'
      ? payload.total_commits_count
      : commits.length;
  return {
    repository,
    branches: [branch],
    paths:
      commits.length > 0 && total <= commits.length
        ? commitPaths(commits)
        : undefined,
  };
}

function bitbucketCloudPush(payload: JsonObject): RepositoryPush | undefined {
  const repo = obj(payload.repository);
  const repository = repositoryKey(
    str(obj(obj(repo?.links)?.html)?.href) ??
      (str(repo?.full_name)
        ? `https://bitbucket.org/${str(repo?.full_name)}`
        : undefined),
  );
  if (!repository) return undefined;
  const branches = arr(obj(payload.push)?.changes).flatMap(c => {
    const next = obj(obj(c)?.new);
    return str(next?.type) === 'branch' && str(next?.name)
      ? [str(next?.name)!]
      : [];
  });
  return branches.length ? { repository, branches } : undefined;
}

function bitbucketServerPush(payload: JsonObject): RepositoryPush | undefined {
  const repo = obj(payload.repository);
  const self = arr(obj(repo?.links)?.self).map(l => str(obj(l)?.href));
  const repository = repositoryKey(self.find(Boolean));
  if (!repository) return undefined;
  const branches = arr(payload.changes).flatMap(c => {
    const change = obj(c);
    if (str(change?.type) === 'DELETE') return [];
    const branch = branchOf(str(obj(change?.ref)?.id) ?? str(change?.refId));
    return branch ? [branch] : [];
  });
  return branches.length ? { repository, branches } : undefined;
}

/**
 * Reads a push event of one of {@link SPEC_PUSH_TOPICS}. Returns undefined
 * for anything else (a tag, a deleted branch, an unknown shape): never throws
 * on a payload, which comes from outside.
 */
export function readPushEvent(
  topic: string,
  payload: unknown,
): RepositoryPush | undefined {
  const body = obj(payload as JsonValue);
  if (!body) return undefined;
  switch (topic) {
    case 'github.push':
      return githubPush(body);
    case 'gitlab.push':
      return gitlabPush(body);
    case 'bitbucketCloud.repo:push':
      return bitbucketCloudPush(body);
    case 'bitbucketServer.repo:refs_changed':
      return bitbucketServerPush(body);
    default:
      return undefined;
  }
}

/**
 * Whether a push may have changed what a source reads: same repository, a
 * branch the source reads (when the source URL names one), and a changed
 * path inside the source (when the push lists its paths).
 */
export function pushTouchesSource(
  push: RepositoryPush,
  source: SpecSource,
): boolean {
  if (source.type !== 'url') return false;
  let parsed: ReturnType<typeof gitUrlParse>;
  try {
    parsed = gitUrlParse(source.target);
  } catch {
    return false;
  }
  if (repositoryKey(source.target) !== push.repository) return false;
  const ref = branchOf(parsed.ref) ?? parsed.ref;
  if (ref && !push.branches.includes(ref)) return false;
  if (!push.paths) return true;
  // Only markdown is read from a source (readSource): other files never
  // change its specs.
  const root = (parsed.filepath ?? '').replace(/^\/+|\/+$/g, '');
  return push.paths.some(
    p =>
      /\.(md|markdown)$/i.test(p) &&
      (!root || p === root || p.startsWith(`${root}/`)),
  );
}
