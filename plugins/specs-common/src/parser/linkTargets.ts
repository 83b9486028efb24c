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

// The link destinations of one line, read the way a CommonMark renderer
// (the frontend's marked) reads them. What is found here decides which files
// of a spec the backend serves, so it leans towards finding too much: a
// destination found in text that renders as no link only allows another file
// of the same spec root, while one missed is an image that does not load.
// Everything runs in time linear in the line.

/** At most this many destinations are read from one line. */
const MAX_PER_LINE = 200;

// ASCII punctuation, which a backslash escapes in a destination.
function isPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  );
}

/** A link destination: its text as written and where reading it stopped. */
export interface LinkDestination {
  raw: string;
  end: number;
}

/**
 * Reads the destination of an inline link starting at `from` (just after
 * its `(`): `<with spaces.md>`, or a run without spaces in which
 * parentheses balance (`Foo_(bar).md`).
 */
export function readDestination(
  text: string,
  from: number,
): LinkDestination | undefined {
  let i = from;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) {
    i++;
  }
  if (text.charCodeAt(i) === 60 /* < */) {
    for (let j = i + 1; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 62 /* > */) {
        return { raw: text.slice(i + 1, j), end: j + 1 };
      }
      if (c === 60 /* < */) {
        return undefined;
      }
      if (c === 92 /* \ */) {
        j++;
      }
    }
    return undefined;
  }
  const start = i;
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 127) {
      break;
    }
    if (c === 92 /* \ */ && isPunctuation(text.charCodeAt(i + 1))) {
      i++;
    } else if (c === 40 /* ( */) {
      depth++;
    } else if (c === 41 /* ) */) {
      if (depth === 0) {
        break;
      }
      depth--;
    }
  }
  return i > start ? { raw: text.slice(start, i), end: i } : undefined;
}

/** Removes CommonMark backslash escapes (`a\_b.md` is `a_b.md`). */
export function unescapeDestination(raw: string): string {
  if (raw.indexOf('\\') < 0) {
    return raw;
  }
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) === 92 && isPunctuation(raw.charCodeAt(i + 1))) {
      i++;
    }
    out += raw[i];
  }
  return out;
}

// `[label]: destination`, also inside block quotes and list items.
const REFERENCE_DEFINITION =
  /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\[[^\]]{1,999}\]:[ \t]*(<[^<>]*>|\S+)/;
function isNameChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 45 ||
    code === 95
  );
}

/**
 * The value of a raw HTML `src` or `href` attribute whose `=` is at `eq`:
 * `<img src="diagram.svg">`, `<a href='x.pdf'>`, `<img src=logo.png>`.
 */
function attributeValue(line: string, eq: number): string | undefined {
  let nameEnd = eq;
  while (
    nameEnd > 0 &&
    (line[nameEnd - 1] === ' ' || line[nameEnd - 1] === '\t')
  ) {
    nameEnd--;
  }
  let nameStart = nameEnd;
  while (nameStart > 0 && isNameChar(line.charCodeAt(nameStart - 1))) {
    nameStart--;
  }
  const length = nameEnd - nameStart;
  if (length !== 3 && length !== 4) {
    return undefined;
  }
  const name = line.slice(nameStart, nameEnd).toLowerCase();
  if (name !== 'src' && name !== 'href') {
    return undefined;
  }
  let i = eq + 1;
  while (line[i] === ' ' || line[i] === '\t') {
    i++;
  }
  const quote = line[i];
  if (quote === '"' || quote === "'") {
    const close = line.indexOf(quote, i + 1);
    return close < 0 ? undefined : line.slice(i + 1, close);
  }
  const start = i;
  while (i < line.length && !/[\s"'=<>`]/.test(line[i])) {
    i++;
  }
  return i > start ? line.slice(start, i) : undefined;
}

/**
 * Whether the destination `text.slice(start, end)` is relative, i.e. may
 * name a file: not an anchor (`#…`) and without a scheme (`https:`,
 * `mailto:`, `javascript:`). Read in place: most destinations in specs are
 * external URLs, and they are never sliced out.
 */
function isRelativeAt(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first === 35 /* # */) {
    return false;
  }
  const lowerFirst = first | 32; // lower-cased if a letter
  if (lowerFirst < 97 || lowerFirst > 122) {
    return true;
  }
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */) {
      return false;
    }
    const lower = c | 32;
    if (
      !(lower >= 97 && lower <= 122) &&
      !(c >= 48 && c <= 57) &&
      c !== 43 /* + */ &&
      c !== 45 /* - */ &&
      c !== 46 /* . */
    ) {
      return true;
    }
  }
  return true;
}

/** Adds a relative destination, unescaped, unless the set is full. */
function addRelative(
  links: Set<string>,
  max: number,
  text: string,
  start: number,
  end: number,
) {
  if (links.size < max && end > start && isRelativeAt(text, start, end)) {
    links.add(unescapeDestination(text.slice(start, end)));
  }
}

/**
 * Adds the relative link and image destinations of one line (inline code
 * already blanked out) to `links`, unescaped as a renderer hands them over:
 * inline links and images, reference definitions and the `src`/`href`
 * attributes of raw HTML. Anchors and URLs with a scheme are left out; at
 * most `max` destinations are kept.
 */
export function addLinkTargets(
  line: string,
  links: Set<string>,
  max: number,
): void {
  let bracket = line.indexOf(']');
  const equals = line.indexOf('=');
  if (bracket < 0 && equals < 0) {
    return;
  }
  let definition = false;
  let read = 0;
  // One pass over the `]`s finds both `](` and `]:`.
  while (bracket >= 0 && read < MAX_PER_LINE) {
    const next = line.charCodeAt(bracket + 1);
    if (next === 40 /* ( */) {
      const destination = readDestination(line, bracket + 2);
      if (destination) {
        read++;
        addRelative(links, max, destination.raw, 0, destination.raw.length);
        bracket = line.indexOf(']', destination.end);
        continue;
      }
    } else if (next === 58 /* : */) {
      definition = true;
    }
    bracket = line.indexOf(']', bracket + 1);
  }
  const match = definition ? REFERENCE_DEFINITION.exec(line) : null;
  if (match) {
    const raw = match[1];
    const angled = raw.startsWith('<') && raw.endsWith('>');
    addRelative(links, max, raw, angled ? 1 : 0, raw.length - (angled ? 1 : 0));
  }
  // Per `=`, the name before it and the value after it: most `=` belong
  // to no attribute, and a regex scan of every such line costs more.
  for (
    let eq = equals;
    eq >= 0 && read < MAX_PER_LINE;
    eq = line.indexOf('=', eq + 1)
  ) {
    const value = attributeValue(line, eq);
    if (value !== undefined) {
      read++;
      addRelative(links, max, value, 0, value.length);
    }
  }
}
