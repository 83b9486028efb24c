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

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type {
  SpecDiagnostic,
  SpecEntitySpec,
} from '@specstage/plugin-specs-common';
import { SpecStatusChip, specStatusLabel } from '../SpecStatusChip';

/**
 * Why the status shown is not simply the one written in the spec's header,
 * in words, or undefined when it is.
 *
 * @public
 */
export function specStatusReason(
  status: SpecEntitySpec['status'],
  diagnostics?: SpecDiagnostic[],
): string | undefined {
  const reasons: string[] = [];
  if (status.stale) {
    reasons.push(
      status.staleReason ?? 'The status disagrees with the progress',
    );
  }
  // Files of one spec that name different statuses (spec.md "Approved",
  // plan.md "In Progress"): the chip shows one, the reader must see both.
  for (const diagnostic of diagnostics ?? []) {
    if (diagnostic.rule === 'status-mismatch') reasons.push(diagnostic.message);
  }
  const label = specStatusLabel(status.value);
  if (
    !reasons.length &&
    status.raw &&
    status.raw.trim().toLowerCase() !== label.toLowerCase()
  ) {
    reasons.push(`Written as “${status.raw.trim()}”`);
  }
  return reasons.length ? reasons.join('. ') : undefined;
}

/** @public */
export interface SpecStatusProps {
  status: SpecEntitySpec['status'];
  /** The document's diagnostics, when loaded: they tell status mismatches between files. */
  diagnostics?: SpecDiagnostic[];
}

/**
 * A spec's status chip with, next to it, why it shows what it shows when
 * that is not simply the status written in the spec.
 *
 * @public
 */
export function SpecStatus(props: SpecStatusProps) {
  const { status, diagnostics } = props;
  const reason = specStatusReason(status, diagnostics);
  return (
    <Box display="inline-flex" alignItems="center" flexWrap="wrap" gridGap={8}>
      <SpecStatusChip
        status={status.value}
        raw={status.raw}
        stale={status.stale}
        staleReason={status.staleReason}
      />
      {reason && (
        <Typography variant="caption" color="textPrimary" component="span">
          {reason}
        </Typography>
      )}
    </Box>
  );
}
