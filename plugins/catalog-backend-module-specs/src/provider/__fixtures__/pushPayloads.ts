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

// Push webhook payloads in the shapes the SCMs send, with the fields that
// matter kept at their documented places and a realistic set of the others
// (ids, senders, timestamps) so that a parser that relies on the wrong field
// fails here. Shapes follow the vendors' webhook references:
// - GitHub "push" event (docs.github.com, webhook events and payloads);
//   headers X-GitHub-Event: push, X-Hub-Signature-256.
// - GitLab "Push events" (docs.gitlab.com, webhook events); headers
//   X-Gitlab-Event: Push Hook, X-Gitlab-Token.
// - Bitbucket Cloud "repo:push" (support.atlassian.com, event payloads);
//   header X-Event-Key: repo:push.
// - Bitbucket Data Center/Server "repo:refs_changed" (confluence.atlassian.com,
//   event payload); header X-Event-Key: repo:refs_changed.

const sha = (n: number) => n.toString(16).padStart(40, 'a');

export function githubPush(options: {
  repo: string; // owner/name
  branch?: string;
  added?: string[];
  modified?: string[];
  removed?: string[];
}) {
  const [owner, name] = options.repo.split('/');
  const commit = {
    id: sha(2),
    tree_id: sha(3),
    distinct: true,
    message: 'Update specs',
    timestamp: '2026-11-30T10:00:00Z',
    url: `https://github.com/${options.repo}/commit/${sha(2)}`,
    author: { name: 'Dev', email: 'dev@example.com', username: 'dev' },
    committer: { name: 'Dev', email: 'dev@example.com', username: 'dev' },
    added: options.added ?? [],
    removed: options.removed ?? [],
    modified: options.modified ?? [],
  };
  return {
    ref: `refs/heads/${options.branch ?? 'main'}`,
    before: sha(1),
    after: sha(2),
    repository: {
      id: 1296269,
      node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
      name,
      full_name: options.repo,
      private: false,
      owner: { name: owner, login: owner, id: 1, type: 'Organization' },
      html_url: `https://github.com/${options.repo}`,
      url: `https://github.com/${options.repo}`,
      clone_url: `https://github.com/${options.repo}.git`,
      ssh_url: `git@github.com:${options.repo}.git`,
      default_branch: 'main',
      master_branch: 'main',
    },
    pusher: { name: 'dev', email: 'dev@example.com' },
    sender: { login: 'dev', id: 2, type: 'User' },
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/${options.repo}/compare/${sha(1)}...${sha(2)}`,
    commits: [commit],
    head_commit: commit,
  };
}

export function gitlabPush(options: {
  project: string; // group/name
  branch?: string;
  added?: string[];
  modified?: string[];
  removed?: string[];
  host?: string;
}) {
  const host = options.host ?? 'gitlab.com';
  const web = `https://${host}/${options.project}`;
  const commit = {
    id: sha(2),
    message: 'Update specs',
    title: 'Update specs',
    timestamp: '2026-11-30T10:00:00+00:00',
    url: `${web}/-/commit/${sha(2)}`,
    author: { name: 'Dev', email: 'dev@example.com' },
    added: options.added ?? [],
    modified: options.modified ?? [],
    removed: options.removed ?? [],
  };
  return {
    object_kind: 'push',
    event_name: 'push',
    before: sha(1),
    after: sha(2),
    ref: `refs/heads/${options.branch ?? 'main'}`,
    ref_protected: true,
    checkout_sha: sha(2),
    user_id: 4,
    user_name: 'Dev',
    user_username: 'dev',
    project_id: 15,
    project: {
      id: 15,
      name: options.project.split('/').pop(),
      web_url: web,
      git_ssh_url: `git@${host}:${options.project}.git`,
      git_http_url: `${web}.git`,
      namespace: options.project.split('/').slice(0, -1).join('/'),
      path_with_namespace: options.project,
      default_branch: 'main',
    },
    commits: [commit],
    total_commits_count: 1,
    repository: {
      name: options.project.split('/').pop(),
      url: `git@${host}:${options.project}.git`,
      homepage: web,
      git_http_url: `${web}.git`,
      git_ssh_url: `git@${host}:${options.project}.git`,
    },
  };
}

export function bitbucketCloudPush(options: {
  repo: string; // workspace/name
  branch?: string;
}) {
  const [workspace, name] = options.repo.split('/');
  const html = `https://bitbucket.org/${options.repo}`;
  return {
    actor: { type: 'user', display_name: 'Dev', uuid: '{u-1}' },
    repository: {
      type: 'repository',
      name,
      full_name: options.repo,
      uuid: '{r-1}',
      is_private: true,
      workspace: { type: 'workspace', slug: workspace, uuid: '{w-1}' },
      links: {
        self: {
          href: `https://api.bitbucket.org/2.0/repositories/${options.repo}`,
        },
        html: { href: html },
        avatar: { href: `${html}/avatar/32/` },
      },
    },
    push: {
      changes: [
        {
          old: {
            type: 'branch',
            name: options.branch ?? 'main',
            target: { type: 'commit', hash: sha(1) },
          },
          new: {
            type: 'branch',
            name: options.branch ?? 'main',
            target: {
              type: 'commit',
              hash: sha(2),
              message: 'Update specs\n',
              date: '2026-11-30T10:00:00+00:00',
            },
          },
          created: false,
          closed: false,
          forced: false,
          truncated: false,
          commits: [{ type: 'commit', hash: sha(2) }],
        },
      ],
    },
  };
}

export function bitbucketServerRefsChanged(options: {
  host: string;
  project: string;
  repo: string;
  branch?: string;
}) {
  const branch = options.branch ?? 'main';
  const browse = `https://${options.host}/projects/${options.project}/repos/${options.repo}/browse`;
  return {
    eventKey: 'repo:refs_changed',
    date: '2026-11-30T10:00:00+0000',
    actor: { name: 'dev', emailAddress: 'dev@example.com', id: 1, slug: 'dev' },
    repository: {
      slug: options.repo,
      id: 84,
      name: options.repo,
      scmId: 'git',
      state: 'AVAILABLE',
      forkable: true,
      project: {
        key: options.project,
        id: 84,
        name: options.project,
        type: 'NORMAL',
      },
      public: false,
      links: {
        clone: [
          {
            href: `ssh://git@${
              options.host
            }:7999/${options.project.toLowerCase()}/${options.repo}.git`,
            name: 'ssh',
          },
          {
            href: `https://${
              options.host
            }/scm/${options.project.toLowerCase()}/${options.repo}.git`,
            name: 'http',
          },
        ],
        self: [{ href: browse }],
      },
    },
    changes: [
      {
        ref: { id: `refs/heads/${branch}`, displayId: branch, type: 'BRANCH' },
        refId: `refs/heads/${branch}`,
        fromHash: sha(1),
        toHash: sha(2),
        type: 'UPDATE',
      },
    ],
  };
}
