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

import { SpecAttentionReason } from './SpecAttention';

/**
 * A spec with its reasons for attention, as ranked by
 * {@link rankSpecAttention}.
 *
 * @public
 */
export type SpecAttentionItem<T extends object = object> = T & {
  reasons: SpecAttentionReason[];
  /** The sum of the reasons' weights: the higher, the more urgent. */
  score: number;
};

/**
 * Keeps the specs that have reasons and ranks them: highest score first,
 * then more reasons, then by `key` for a stable order.
 *
 * @public
 */
export function rankSpecAttention<T extends object>(
  items: Array<{ spec: T; reasons: SpecAttentionReason[] }>,
  key: (spec: T) => string,
): Array<SpecAttentionItem<T>> {
  return items
    .filter(item => item.reasons.length > 0)
    .map(item => ({
      ...item.spec,
      reasons: item.reasons,
      score: Math.round(item.reasons.reduce((sum, r) => sum + r.weight, 0)),
    }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.reasons.length - a.reasons.length ||
        key(a).localeCompare(key(b), 'en'),
    );
}
