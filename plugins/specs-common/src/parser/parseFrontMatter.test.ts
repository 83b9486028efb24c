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

import * as yaml from 'yaml';

// A wrapper, so that the tests can see what reaches the YAML parser.
jest.mock('yaml', () => {
  const actual = jest.requireActual('yaml');
  return { ...actual, parseDocument: jest.fn(actual.parseDocument) };
});
const parseDocument = jest.mocked(yaml.parseDocument);
import { parseSpec } from '../parseSpec/parseSpec';
import {
  MAX_FRONT_MATTER_DEPTH,
  MAX_FRONT_MATTER_LENGTH,
  parseFrontMatter,
} from './parseFrontMatter';

function keys(count: number): string {
  return Array.from({ length: count }, (_, i) => `k${i}: ${i}`).join('\n');
}

/** True when `value` survives a JSON round trip unchanged. */
function isPlainJson(value: unknown): boolean {
  return (
    JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value)
  );
}

describe('parseFrontMatter', () => {
  it('parses a mapping into plain JSON data', () => {
    const result = parseFrontMatter(
      'id: SPEC-0100\ntitle: "Login"\ntags: [auth, web]\nowner:\n  team: platform\ncount: 3\ndraft: true\nnone: ~\n',
    );
    expect(result).toEqual({
      value: {
        id: 'SPEC-0100',
        title: 'Login',
        tags: ['auth', 'web'],
        owner: { team: 'platform' },
        count: 3,
        draft: true,
        none: null,
      },
      diagnostics: [],
    });
  });

  it('returns nothing for empty front matter', () => {
    expect(parseFrontMatter('')).toEqual({ diagnostics: [] });
    expect(parseFrontMatter('# only a comment\n')).toEqual({ diagnostics: [] });
  });

  it('ignores front matter that is not a mapping', () => {
    const result = parseFrontMatter('- a\n- b\n', { line: 2 });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'invalid-front-matter',
        message: 'Front matter is not a YAML mapping; it is ignored',
        line: 2,
      }),
    ]);
  });

  it('reports invalid YAML with the line it is on', () => {
    const result = parseFrontMatter('id: ok\ntitle: [unclosed\n', { line: 2 });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0].message).toMatch(
      /^Front matter is not valid YAML; it is ignored \(/,
    );
    expect(result.diagnostics[0].line).toBeGreaterThanOrEqual(3);
  });

  describe('attack: quadratic YAML front matter (O(n²) duplicate-key check)', () => {
    it('does not hand front matter over the size cap to the YAML parser', () => {
      // The reported input: ~32,800 keys in 256 KiB took 4-6 s to parse.
      const source = keys(32_800);
      expect(source.length).toBeGreaterThan(MAX_FRONT_MATTER_LENGTH);
      parseDocument.mockClear();
      {
        const result = parseFrontMatter(source, { line: 2 });
        expect(parseDocument).not.toHaveBeenCalled();
        expect(result.value).toBeUndefined();
        expect(result.diagnostics).toEqual([
          expect.objectContaining({
            rule: 'invalid-front-matter',
            message: expect.stringMatching(
              /^Front matter is larger than 32 KiB \(\d+ characters\); it is ignored$/,
            ),
            line: 2,
          }),
        ]);
      }
    });

    it('parses the most keys that fit under the cap, with the library duplicate check off', () => {
      let count = 0;
      while (keys(count + 100).length < MAX_FRONT_MATTER_LENGTH) count += 100;
      parseDocument.mockClear();
      {
        const result = parseFrontMatter(keys(count));
        expect(Object.keys(result.value!)).toHaveLength(count);
        expect(parseDocument).toHaveBeenCalledWith(
          expect.any(String),
          expect.objectContaining({ uniqueKeys: false }),
        );
      }
    });

    it('still reports repeated keys (found in linear time), and the last one wins', () => {
      const result = parseFrontMatter('a: 1\nb: 2\na: 3\n', { line: 2 });
      expect(result.value).toEqual({ a: 3, b: 2 });
      expect(result.diagnostics).toEqual([
        expect.objectContaining({
          severity: 'warning',
          message: "Front matter key 'a' is repeated; the last value is used",
          line: 4,
        }),
      ]);
    });

    it('lists at most ten warnings and counts the rest', () => {
      const source = Array.from({ length: 50 }, () => 'a: 1').join('\n');
      const result = parseFrontMatter(source);
      expect(result.diagnostics).toHaveLength(11);
      expect(result.diagnostics[10].message).toBe(
        'Front matter has 39 more warnings that are not listed',
      );
    });
  });

  describe('attack: self-referencing YAML alias (x: &a [*a])', () => {
    it('rejects the alias instead of building a circular value', () => {
      const result = parseFrontMatter('x: &a [*a]\n', { line: 2 });
      expect(result.value).toBeUndefined();
      expect(result.diagnostics).toEqual([
        expect.objectContaining({
          severity: 'warning',
          rule: 'invalid-front-matter',
          message:
            'Front matter uses a YAML alias (*a); aliases are not supported; it is ignored',
          line: 2,
        }),
      ]);
    });

    it('keeps the parsed spec serializable to JSON', () => {
      const doc = parseSpec([
        {
          path: 'spec.md',
          content: '---\nid: SPEC-0001\nx: &a [*a]\n---\n# Title\n',
        },
      ]);
      expect(() => JSON.stringify(doc)).not.toThrow();
      expect(isPlainJson(doc)).toBe(true);
      expect(doc.frontMatter).toBeUndefined();
      expect(doc.title).toBe('Title');
      expect(doc.diagnostics).toContainEqual(
        expect.objectContaining({
          rule: 'invalid-front-matter',
          file: 'spec.md',
          line: 3,
        }),
      );
    });

    it('rejects alias amplification ("billion laughs")', () => {
      const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 10; i++) {
        const prev = String.fromCharCode(96 + i);
        const next = String.fromCharCode(97 + i);
        lines.push(
          `${next}: &${next} [${Array(10).fill(`*${prev}`).join(', ')}]`,
        );
      }
      const result = parseFrontMatter(lines.join('\n'));
      expect(result.value).toBeUndefined();
      expect(result.diagnostics[0].message).toMatch(/YAML alias/);
    });

    it('rejects an alias used as a key', () => {
      const result = parseFrontMatter('a: &k key\n*k : value\n');
      expect(result.value).toBeUndefined();
      expect(result.diagnostics[0].message).toMatch(/YAML alias \(\*k\)/);
    });
  });

  describe('attack: deep nesting', () => {
    it('refuses flow collections nested deeper than the limit before parsing', () => {
      parseDocument.mockClear();
      {
        const depth = 10_000;
        const result = parseFrontMatter(
          `x: ${'['.repeat(depth)}${']'.repeat(depth)}`,
        );
        expect(parseDocument).not.toHaveBeenCalled();
        expect(result.value).toBeUndefined();
        expect(result.diagnostics[0].message).toBe(
          `Front matter is nested more than ${MAX_FRONT_MATTER_DEPTH} levels deep; it is ignored`,
        );
      }
    });

    it('refuses block mappings nested deeper than the limit', () => {
      const lines = Array.from(
        { length: MAX_FRONT_MATTER_DEPTH + 5 },
        (_, i) => `${' '.repeat(i)}k${i}:`,
      );
      const result = parseFrontMatter(`${lines.join('\n')} leaf`);
      expect(result.value).toBeUndefined();
      expect(result.diagnostics[0].message).toMatch(/nested more than/);
    });

    it('accepts nesting up to the limit', () => {
      const depth = MAX_FRONT_MATTER_DEPTH - 1;
      const result = parseFrontMatter(
        `x: ${'['.repeat(depth)}1${']'.repeat(depth)}`,
      );
      expect(result.diagnostics).toEqual([]);
      expect(isPlainJson(result.value)).toBe(true);
    });
  });

  describe('attack: prototype keys', () => {
    it('drops __proto__ so that merging front matter cannot set a prototype', () => {
      const result = parseFrontMatter(
        '__proto__:\n  polluted: true\ntitle: x\n',
      );
      expect(result.value).toEqual({ title: 'x' });
      expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
      const merged = Object.assign({}, result.value);
      expect((merged as Record<string, unknown>).polluted).toBeUndefined();
      expect(result.diagnostics[0].message).toBe(
        "Front matter key '__proto__' is ignored",
      );
    });
  });

  describe('JSON-safe values', () => {
    it('turns non-finite numbers into strings', () => {
      const result = parseFrontMatter('a: .inf\nb: -.inf\nc: .nan\n');
      expect(result.value).toEqual({
        a: 'Infinity',
        b: '-Infinity',
        c: 'NaN',
      });
      expect(isPlainJson(result.value)).toBe(true);
    });

    it('keeps YAML 1.1 timestamps and binaries as plain strings', () => {
      const result = parseFrontMatter(
        'date: 2026-01-02\nbin: !!binary aGk=\nbase: &b {x: 1}\n',
      );
      // The alias-free part is kept; !!binary is not in the core schema.
      expect(result.value).toMatchObject({ date: '2026-01-02' });
      expect(isPlainJson(result.value)).toBe(true);
    });

    it('ignores keys that are collections, with a warning', () => {
      const result = parseFrontMatter('? [a, b]\n: 1\nc: 2\n');
      expect(result.value).toEqual({ c: 2 });
      expect(result.diagnostics[0].message).toBe(
        'Front matter key that is not a plain value is ignored',
      );
    });

    it('ignores a second document', () => {
      const result = parseFrontMatter('a: 1\n---\nb: 2\n');
      expect(result.value).toBeUndefined();
      expect(result.diagnostics[0].message).toMatch(/not valid YAML/);
    });
  });

  describe('yaml warnings', () => {
    it('become diagnostics, not output on stderr', () => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
      const error = jest.spyOn(console, 'error').mockImplementation(() => {});
      const emit = jest
        .spyOn(process, 'emitWarning')
        .mockImplementation(() => {});
      try {
        const result = parseFrontMatter('a: !!unknowntag value\nb: 1\n', {
          line: 2,
        });
        expect(result.value).toEqual({ a: 'value', b: 1 });
        expect(result.diagnostics).toEqual([
          expect.objectContaining({
            severity: 'warning',
            rule: 'invalid-front-matter',
            message: expect.stringMatching(/^Front matter: .*unknowntag/),
            line: 2,
          }),
        ]);
        expect(warn).not.toHaveBeenCalled();
        expect(error).not.toHaveBeenCalled();
        expect(emit).not.toHaveBeenCalled();
      } finally {
        warn.mockRestore();
        error.mockRestore();
        emit.mockRestore();
      }
    });
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      undefined,
      null,
      42,
      {},
      '\u0000',
      '{',
      '&a',
      '*a',
      '? ',
      '!!',
      '%YAML 1.1',
      ': :',
      '\t\t',
    ]) {
      expect(() => parseFrontMatter(input as unknown as string)).not.toThrow();
    }
  });
});
