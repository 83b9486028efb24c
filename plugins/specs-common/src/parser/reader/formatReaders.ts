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

import { SpecRequirement, SpecUserStory } from '../../model';
import { FormatLine, FormatModel } from '../formats';
import { refKey } from '../refs';
import { defineLevel, noteDefinition } from './readDefinitions';
import { cap, ReaderState } from './ReaderState';

// The bridge between a profile's own readers (SpecFormat.readers) and the
// model: what they see of a line, and what they may add.

/** The line as a profile's reader sees it. */
function lineView(
  r: ReaderState,
  text: string,
  level: number,
  indent: number,
  lineNo: number,
): FormatLine {
  return {
    text,
    level,
    indent,
    file: r.path,
    line: lineNo,
    role: r.role,
    sections: r.stack.map(n => ({
      kind: n.kind,
      text: n.text,
      level: n.level,
    })),
  };
}

/** The model operations a profile's readers may use. */
function modelFor(r: ReaderState, lineNo: number): FormatModel {
  const acc = r.acc;
  const isNew = (id: string) => !acc.isDefined(id);
  return {
    defineRequirement({ id, text, kind, level, name, capability, delta }) {
      if (!isNew(id)) {
        return;
      }
      const requirement: SpecRequirement = {
        id,
        kind: kind ?? 'FR',
        text: cap(text),
        file: r.path,
        line: lineNo,
      };
      if (level) {
        requirement.level = level;
      }
      if (name) {
        requirement.name = cap(name);
      }
      if (capability) {
        requirement.capability = capability;
      }
      if (delta) {
        requirement.delta = delta;
      }
      acc.requirements.push(requirement);
      noteDefinition(r, requirement);
      r.formatRequirement = requirement;
      r.scenario = undefined;
    },
    appendRequirementText(text) {
      const requirement = r.formatRequirement;
      if (!requirement || !text) {
        return;
      }
      requirement.text = cap(
        requirement.text ? `${requirement.text} ${text}` : text,
      );
      if (!requirement.level) {
        defineLevel(requirement, text);
      }
    },
    addScenario(name) {
      const requirement = r.formatRequirement;
      if (!requirement) {
        return;
      }
      const scenarios = (requirement.scenarios = requirement.scenarios ?? []);
      if (scenarios.length < 500) {
        r.scenario = { name: cap(name), steps: [], file: r.path, line: lineNo };
        scenarios.push(r.scenario);
      }
    },
    addScenarioStep(text) {
      const scenario = r.scenario;
      if (scenario && scenario.steps.length < 200) {
        const index = scenario.steps.length;
        scenario.steps.push(cap(text));
        r.item = {
          indent: Number.MAX_SAFE_INTEGER,
          append: more => {
            scenario.steps[index] = cap(`${scenario.steps[index]} ${more}`);
          },
        };
      }
    },
    addCriterion(text) {
      const requirement = r.formatRequirement;
      if (!requirement) {
        return;
      }
      const criteria = (requirement.criteria = requirement.criteria ?? []);
      if (criteria.length >= 500) {
        return;
      }
      const criterion = {
        id: `${requirement.id}.${criteria.length + 1}`,
        text: cap(text),
        file: r.path,
        line: lineNo,
      };
      criteria.push(criterion);
      if (!requirement.level) {
        defineLevel(requirement, text);
      }
      r.item = {
        indent: 0,
        append: more => {
          criterion.text = cap(`${criterion.text} ${more}`);
        },
      };
    },
    citeOnLastTask(ids) {
      const task = r.lastTask;
      if (!task) {
        return;
      }
      for (const id of ids) {
        if (!task.cites.includes(id) && task.cites.length < 100) {
          task.cites.push(id);
        }
      }
    },
    addDelta(delta) {
      if (acc.deltas.length < 2000) {
        acc.deltas.push({ ...delta, file: r.path, line: lineNo });
      }
    },
    defineSuccessCriterion({ id, text }) {
      if (isNew(id)) {
        const criterion = { id, text: cap(text), file: r.path, line: lineNo };
        acc.successCriteria.push(criterion);
        noteDefinition(r, criterion);
      }
    },
    defineUserStory({ id, title, priority }) {
      if (acc.userStories.some(s => refKey(s.id) === refKey(id))) {
        return;
      }
      const story: SpecUserStory = {
        id,
        title: cap(title),
        acceptanceScenarios: [],
        file: r.path,
        line: lineNo,
      };
      if (priority) {
        story.priority = priority;
      }
      acc.userStories.push(story);
    },
    addAcceptanceScenario(text) {
      const story = acc.userStories[acc.userStories.length - 1];
      if (story && story.acceptanceScenarios.length < 500) {
        story.acceptanceScenarios.push(cap(text));
      }
    },
  };
}

/** Offers a heading to the profile's reader; true when it read it. */
export function formatReadsHeading(
  r: ReaderState,
  text: string,
  level: number,
  lineNo: number,
): boolean {
  const reader = r.format.readers?.heading;
  return Boolean(
    reader && reader(lineView(r, text, level, 0, lineNo), modelFor(r, lineNo)),
  );
}

/** Offers a list item to the profile's reader; true when it read it. */
export function formatReadsListItem(
  r: ReaderState,
  text: string,
  indent: number,
  lineNo: number,
): boolean {
  const reader = r.format.readers?.listItem;
  return Boolean(
    reader && reader(lineView(r, text, 0, indent, lineNo), modelFor(r, lineNo)),
  );
}

/** Offers a paragraph or `**Label:** value` line to the profile's reader; true when it read it. */
export function formatReadsText(
  r: ReaderState,
  text: string,
  indent: number,
  lineNo: number,
): boolean {
  const reader = r.format.readers?.text;
  return Boolean(
    reader && reader(lineView(r, text, 0, indent, lineNo), modelFor(r, lineNo)),
  );
}
