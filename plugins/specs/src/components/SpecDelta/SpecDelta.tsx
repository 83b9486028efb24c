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
import AddCircleOutlineIcon from '@material-ui/icons/AddCircleOutline';
import EditIcon from '@material-ui/icons/Edit';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import SwapHorizIcon from '@material-ui/icons/SwapHoriz';
import { Entity } from '@backstage/catalog-model';
import type {
  SpecDelta as SpecDeltaEntry,
  SpecDeltaOperation,
  SpecDocument,
} from '@specstage/plugin-specs-common';
import { InlineMarkdown } from '../InlineMarkdown';
import { SimpleTable } from '../SimpleTable';
import { ItemLink, SourceLocation } from '../SpecLinks';

const OPERATIONS: Record<
  SpecDeltaOperation,
  { label: string; Icon: typeof EditIcon; color: string }
> = {
  added: { label: 'Added', Icon: AddCircleOutlineIcon, color: 'success.main' },
  modified: { label: 'Modified', Icon: EditIcon, color: 'info.main' },
  removed: {
    label: 'Removed',
    Icon: RemoveCircleOutlineIcon,
    color: 'error.main',
  },
  renamed: { label: 'Renamed', Icon: SwapHorizIcon, color: 'warning.main' },
};

/** What a delta does, as icon and word (never colour alone). */
function Operation(props: { operation: SpecDeltaOperation }) {
  const { label, Icon, color } = OPERATIONS[props.operation];
  return (
    <Box display="flex" alignItems="center" gridGap={4} color={color}>
      <Icon fontSize="small" />
      <Typography variant="body2" component="span" color="textPrimary">
        {label}
      </Typography>
    </Box>
  );
}

/**
 * An OpenSpec change's delta: per capability, the requirements it adds,
 * modifies, removes and renames, each linked to where the delta spec says
 * so. Nothing for other documents.
 *
 * @public
 */
export function SpecDelta(props: { entity: Entity; document: SpecDocument }) {
  const { entity, document } = props;
  const info = document.openspec;
  const deltas = info?.kind === 'change' ? info.deltas ?? [] : [];
  if (!deltas.length) {
    return null;
  }
  const byCapability = new Map<string, SpecDeltaEntry[]>();
  for (const delta of deltas) {
    byCapability.set(delta.capability, [
      ...(byCapability.get(delta.capability) ?? []),
      delta,
    ]);
  }
  const requirements = new Map(document.requirements.map(r => [r.id, r]));
  const counts = (['added', 'modified', 'removed', 'renamed'] as const)
    .map(op => [op, deltas.filter(d => d.operation === op).length] as const)
    .filter(([, n]) => n > 0)
    .map(([op, n]) => `${n} ${OPERATIONS[op].label.toLowerCase()}`);
  return (
    <section aria-labelledby="spec-delta-title">
      <Typography id="spec-delta-title" variant="h5" component="h2">
        What this change does
      </Typography>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        {counts.join(', ')} requirement{deltas.length === 1 ? '' : 's'} in{' '}
        {byCapability.size} capabilit{byCapability.size === 1 ? 'y' : 'ies'}
        {info?.archived ? ' (archived: applied to the capability specs)' : ''}
      </Typography>
      {[...byCapability].map(([capability, list]) => (
        <Box key={capability} mt={2}>
          <Typography variant="h6" component="h3">
            Capability <code>{capability}</code>
          </Typography>
          <SimpleTable<SpecDeltaEntry>
            label={`Delta of ${capability}`}
            rows={list}
            rowKey={(d, index) => `${index}-${d.operation}-${d.requirement}`}
            empty="No requirements change."
            columns={[
              {
                title: 'Change',
                render: d => <Operation operation={d.operation} />,
                width: 130,
              },
              {
                title: 'Requirement',
                render: d =>
                  d.operation === 'renamed' && d.from ? (
                    <>
                      <InlineMarkdown text={d.from} /> →{' '}
                      <InlineMarkdown text={d.requirement} />
                    </>
                  ) : (
                    <InlineMarkdown text={d.requirement} />
                  ),
              },
              {
                title: 'Scenarios',
                render: d => {
                  const requirement = d.requirementId
                    ? requirements.get(d.requirementId)
                    : undefined;
                  return requirement ? (
                    <ItemLink
                      entity={entity}
                      id={requirement.id}
                      label={String(requirement.scenarios?.length ?? 0)}
                    />
                  ) : (
                    '—'
                  );
                },
                width: 100,
              },
              {
                title: 'Where',
                render: d => (
                  <SourceLocation entity={entity} file={d.file} line={d.line} />
                ),
                nowrap: true,
              },
            ]}
          />
        </Box>
      ))}
    </section>
  );
}
