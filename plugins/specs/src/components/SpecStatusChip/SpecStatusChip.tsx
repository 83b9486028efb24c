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
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';

/** @public */
export interface SpecStatusChipProps {
  /** The normalized status value, e.g. `in-progress`. */
  status: string;
  /** The status as written in the spec, shown when it differs. */
  raw?: string;
  /** Set when the written status disagrees with the spec's progress. */
  stale?: boolean;
  staleReason?: string;
}

const LABELS: Record<string, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  'in-progress': 'In progress',
  implemented: 'Implemented',
  done: 'Done',
  deprecated: 'Deprecated',
  superseded: 'Superseded',
  unknown: 'Unknown',
};

const COLORS: Record<string, 'default' | 'primary' | 'secondary'> = {
  approved: 'primary',
  'in-progress': 'primary',
  implemented: 'secondary',
  done: 'secondary',
};

/**
 * A chip that shows a spec's status, with a "stale" hint when the written
 * status and the spec's progress disagree.
 *
 * @public
 */
export function SpecStatusChip(props: SpecStatusChipProps) {
  const { status, raw, stale, staleReason } = props;
  const label = LABELS[status] ?? raw ?? status;
  const chip = (
    <Chip
      size="small"
      label={stale ? `${label} (stale)` : label}
      color={COLORS[status] ?? 'default'}
      variant={stale ? 'outlined' : 'default'}
      aria-label={`Status: ${label}${stale ? ', stale' : ''}`}
    />
  );
  return stale ? (
    <Tooltip title={staleReason ?? 'Status disagrees with progress'}>
      {chip}
    </Tooltip>
  ) : (
    chip
  );
}
