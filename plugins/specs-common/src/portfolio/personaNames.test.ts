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

import { groupPersonaNames, personaAliases } from './personaNames';

describe('personaAliases', () => {
  it.each([
    ['Project Manager (PM)', ['project manager', 'pm']],
    ['PM', ['pm']],
    ['Security & Compliance', ['security and compliance']],
    ['  SRE:  ', ['sre']],
    ['Site Reliability Engineer ( SRE )', ['site reliability engineer', 'sre']],
  ])('%s', (name, aliases) => {
    expect(personaAliases(name)).toEqual(aliases);
  });
});

describe('groupPersonaNames', () => {
  it('names "Project Manager (PM)", "PM" and "project manager" alike', () => {
    const names = ['PM', 'project manager', 'Project Manager (PM)', 'SRE'];
    const personaOf = groupPersonaNames(names);
    expect(names.map(personaOf)).toEqual([
      'Project Manager (PM)',
      'Project Manager (PM)',
      'Project Manager (PM)',
      'SRE',
    ]);
  });

  it('keeps personas apart that only look alike', () => {
    const personaOf = groupPersonaNames([
      'Platform Manager',
      'Project Manager',
    ]);
    expect(personaOf('Platform Manager')).toBe('Platform Manager');
    expect(personaOf('Project Manager')).toBe('Project Manager');
  });

  it('joins through a heading that names both', () => {
    const names = [
      'Site Reliability Engineering',
      'SRE',
      'Site Reliability Engineering (SRE)',
    ];
    const personaOf = groupPersonaNames(names);
    expect(new Set(names.map(personaOf))).toEqual(
      new Set(['Site Reliability Engineering (SRE)']),
    );
  });

  it('leaves names it has not seen as they are', () => {
    expect(groupPersonaNames([])('QA')).toBe('QA');
  });
});
