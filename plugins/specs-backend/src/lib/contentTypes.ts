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

/**
 * How a file of a spec is served.
 */
export interface SpecFileContentType {
  contentType: string;
  /** Sent as an attachment instead of being displayed by the browser. */
  attachment?: boolean;
}

// The files endpoint serves content from repositories to browsers on the
// portal's origin, so only types that cannot run script there are allowed.
// HTML is not on the list at all; SVG is, because diagrams are common, and
// it is defused by a sandboxing Content-Security-Policy (see createRouter).
// PDFs are sent as attachments: the browsers' built-in viewers would
// otherwise render them on our origin.
const CONTENT_TYPES: Record<string, SpecFileContentType> = {
  png: { contentType: 'image/png' },
  jpg: { contentType: 'image/jpeg' },
  jpeg: { contentType: 'image/jpeg' },
  gif: { contentType: 'image/gif' },
  webp: { contentType: 'image/webp' },
  avif: { contentType: 'image/avif' },
  svg: { contentType: 'image/svg+xml' },
  pdf: { contentType: 'application/pdf', attachment: true },
  md: { contentType: 'text/plain; charset=utf-8' },
  markdown: { contentType: 'text/plain; charset=utf-8' },
  txt: { contentType: 'text/plain; charset=utf-8' },
};

/**
 * The extensions that the files endpoint serves.
 */
export const ALLOWED_FILE_EXTENSIONS = Object.keys(CONTENT_TYPES);

/**
 * Returns how a file is served, judged by its extension only (never by
 * sniffing its content), or undefined when it is not served at all.
 */
export function getSpecFileContentType(
  filePath: string,
): SpecFileContentType | undefined {
  const name = filePath.slice(filePath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) {
    return undefined;
  }
  const extension = name.slice(dot + 1).toLocaleLowerCase('en-US');
  return Object.prototype.hasOwnProperty.call(CONTENT_TYPES, extension)
    ? CONTENT_TYPES[extension]
    : undefined;
}
