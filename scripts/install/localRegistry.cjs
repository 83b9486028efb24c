#!/usr/bin/env node
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

// A read-only npm registry for the packed tarballs of one directory, so that
// a fresh app can `yarn add @specstage/plugin-specs` exactly as the install
// guide says, before anything is published. Only the packages in the
// directory exist here: the app points one npm scope at it (yarn's
// `npmScopes`) and gets everything else from its usual registry.
//   node scripts/install/localRegistry.cjs <tarball-dir> <port-file>
// Listens on 127.0.0.1, on a free port that it writes to <port-file>.
// Serves GET /<name> (the packument) and GET /<name>/-/<base>-<version>.tgz
// (the conventional tarball path, which yarn records as a plain npm: entry).
//
// Publish times: apps made by @backstage/create-app refuse versions younger
// than three days (`npmMinimalAgeGate: 3d` in .yarnrc.yml; yarn 4.13 even
// crashes on a bare `yarn add` of such a package). An adopter installs a
// release that has been out for a while, so that is what this registry
// says: every version was published PUBLISHED_DAYS_AGO (default 7) days ago.

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const [dir, portFile] = process.argv.slice(2);
if (!dir || !portFile) {
  console.error('usage: localRegistry.cjs <tarball-dir> <port-file>');
  process.exit(2);
}

/** name -> { manifest, file, data, published } for every tarball in dir. */
const packages = new Map();
for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.tgz'))) {
  const full = path.join(dir, file);
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', full, 'package/package.json'], {
      encoding: 'utf8',
    }),
  );
  const data = fs.readFileSync(full);
  const base = manifest.name.replace(/^@[^/]+\//, '');
  packages.set(manifest.name, {
    manifest,
    file: `${base}-${manifest.version}.tgz`,
    data,
    published: new Date(
      Date.now() - Number(process.env.PUBLISHED_DAYS_AGO ?? 7) * 86_400_000,
    ).toISOString(),
  });
}

function packument(name, baseUrl) {
  const { manifest, file, data, published } = packages.get(name);
  const tarball = `${baseUrl}/${name}/-/${file}`;
  return {
    _id: name,
    name,
    'dist-tags': { latest: manifest.version },
    versions: {
      [manifest.version]: {
        ...manifest,
        _id: `${name}@${manifest.version}`,
        dist: {
          tarball,
          shasum: crypto.createHash('sha1').update(data).digest('hex'),
          integrity: `sha512-${crypto
            .createHash('sha512')
            .update(data)
            .digest('base64')}`,
        },
      },
    },
    time: {
      created: published,
      modified: published,
      [manifest.version]: published,
    },
  };
}

const server = http.createServer((req, res) => {
  res.on('finish', () =>
    console.log(`[registry] ${req.method} ${req.url} ${res.statusCode}`),
  );
  const url = new URL(req.url, 'http://127.0.0.1');
  const parts = decodeURIComponent(url.pathname)
    .replace(/^\//, '')
    .split('/-/');
  const name = parts[0];
  const baseUrl = `http://${req.headers.host}`;
  if (req.method === 'GET' && packages.has(name)) {
    if (parts.length === 1) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(packument(name, baseUrl)));
      return;
    }
    const pkg = packages.get(name);
    if (parts.length === 2 && parts[1] === pkg.file) {
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': pkg.data.length,
      });
      res.end(pkg.data);
      return;
    }
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: 'not found' }));
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  fs.writeFileSync(portFile, String(port));
  console.log(
    `[registry] http://127.0.0.1:${port}: ${[...packages.keys()].join(', ')}`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  // Keep-alive connections of the package manager would hold close() open.
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
