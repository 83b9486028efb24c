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

/** The text of a file and whether its bytes were valid UTF-8. */
export interface DecodedContent {
  text: string;
  invalidUtf8: boolean;
}

/**
 * Decodes file content without Node APIs, so the parser stays isomorphic.
 * Invalid UTF-8 is not fatal: it is decoded with replacement characters and
 * reported.
 */
export function decodeContent(content: unknown): DecodedContent {
  if (typeof content === 'string') {
    return { text: stripBom(content), invalidUtf8: false };
  }
  let bytes: Uint8Array | undefined;
  if (content instanceof Uint8Array) {
    bytes = content;
  } else if (content instanceof ArrayBuffer) {
    bytes = new Uint8Array(content);
  } else if (ArrayBuffer.isView(content)) {
    bytes = new Uint8Array(
      content.buffer,
      content.byteOffset,
      content.byteLength,
    );
  }
  if (!bytes) {
    return {
      text: content === undefined || content === null ? '' : String(content),
      invalidUtf8: false,
    };
  }
  try {
    return {
      text: strictDecoder().decode(bytes),
      invalidUtf8: false,
    };
  } catch {
    return {
      text: lenientDecoder().decode(bytes),
      invalidUtf8: true,
    };
  }
}

// Decoders are stateless between non-streaming decode() calls, so one
// instance of each serves every file.
let strict: TextDecoder | undefined;
let lenient: TextDecoder | undefined;

function strictDecoder(): TextDecoder {
  strict = strict ?? new TextDecoder('utf-8', { fatal: true });
  return strict;
}

function lenientDecoder(): TextDecoder {
  lenient = lenient ?? new TextDecoder('utf-8', { fatal: false });
  return lenient;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** How much of each file format detection reads. */
export const PROBE_HEAD = 1024;
