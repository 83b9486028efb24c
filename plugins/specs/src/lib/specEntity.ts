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

import type { SpecEntitySpec } from '@specstage/plugin-specs-common';

/**
 * Unfilled template prompts of a spec ("template sections left"), when the
 * catalog module counts them apart from real open questions; undefined for
 * entities that do not carry the count.
 */
export function templatePromptsOf(spec: SpecEntitySpec): number | undefined {
  const value = (spec.counts as { templatePrompts?: unknown }).templatePrompts;
  return typeof value === 'number' ? value : undefined;
}

/** How long ago an ISO date was, in words ("3 weeks ago"); undefined when unparsable. */
export function ageOf(
  date: string | undefined,
  now = Date.now(),
): string | undefined {
  if (!date) return undefined;
  const time = Date.parse(date);
  if (Number.isNaN(time)) return undefined;
  const days = Math.floor((now - time) / 86_400_000);
  if (days < 1) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  if (days < 730) return `${Math.floor(days / 30)} months ago`;
  return `${Math.floor(days / 365)} years ago`;
}
