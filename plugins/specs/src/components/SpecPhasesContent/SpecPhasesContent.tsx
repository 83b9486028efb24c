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

import { readSpecEntity, phaseCounts } from '@specstage/plugin-specs-common';
import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import RadioButtonUncheckedIcon from '@material-ui/icons/RadioButtonUnchecked';
import TimelapseIcon from '@material-ui/icons/Timelapse';
import { InfoCard } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { SpecPhase, SpecTask } from '@specstage/plugin-specs-common';
import { useHashScroll } from '../../hooks/useHashScroll';
import { useSpecDocument } from '../../hooks/useSpecDocument';
import { anchorId, itemAnchor } from '../../lib/markdown';
import { AsyncState } from '../AsyncState';
import { SpecBurnUpCard } from '../BurnUpChart';
import { InlineMarkdown } from '../InlineMarkdown';
import { PhaseProgress } from '../PhaseProgress';
import { ProgressBar, ProgressLegend } from '../ProgressBar';
import { SimpleTable } from '../SimpleTable';
import { ItemLink, SourceLocation } from '../SpecLinks';

const STATES = {
  done: { label: 'Done', Icon: CheckCircleIcon, color: 'success.main' },
  partial: { label: 'Partly done', Icon: TimelapseIcon, color: 'warning.main' },
  todo: {
    label: 'To do',
    Icon: RadioButtonUncheckedIcon,
    color: 'text.secondary',
  },
};

/**
 * The state of a task as icon and text, so that it does not rely on colour.
 * Kiro's `- [-]` is a task in progress rather than one partly done, and its
 * `- [ ]*` an optional task, which the totals leave out.
 */
export function TaskState(props: {
  state: SpecTask['state'];
  optional?: boolean;
  format?: string;
}) {
  const { state, optional, format } = props;
  const { label, Icon, color } = STATES[state] ?? STATES.todo;
  const shown =
    state === 'partial' && format === 'kiro' ? 'In progress' : label;
  return (
    <Box display="flex" alignItems="center" gridGap={4} color={color}>
      <Icon fontSize="small" />
      <Typography variant="body2" component="span" color="textPrimary">
        {shown}
        {optional && (
          <Typography
            variant="caption"
            component="span"
            color="textSecondary"
            display="block"
          >
            Optional, not counted
          </Typography>
        )}
      </Typography>
    </Box>
  );
}

/** How deep a numbered task (`1.2.1`) is nested: 0 for `1`. */
function depthOf(task: SpecTask): number {
  return task.id && /^\d+(?:\.\d+)*$/.test(task.id)
    ? task.id.split('.').length - 1
    : 0;
}

function PhaseCard(props: {
  entity: Entity;
  phase: SpecPhase;
  index: number;
  format?: string;
}) {
  const { entity, phase, index, format } = props;
  const counts = phaseCounts(phase);
  return (
    <div id={anchorId(`phase-${index + 1}`)}>
      <InfoCard
        title={<InlineMarkdown text={phase.title} />}
        subheader={
          phase.goal ? <InlineMarkdown text={phase.goal} /> : undefined
        }
        titleTypographyProps={{ component: 'h2' }}
      >
        <ProgressBar label={`Progress of ${phase.title}`} {...counts} />
        {phase.exitCriteria.length > 0 && (
          <Box mt={2}>
            <Typography variant="subtitle2" component="h3">
              Exit criteria
            </Typography>
            <ul>
              {phase.exitCriteria.map((criterion, i) => (
                <li key={i}>
                  <Typography variant="body2">
                    <InlineMarkdown text={criterion} />
                  </Typography>
                </li>
              ))}
            </ul>
          </Box>
        )}
        <SimpleTable<SpecTask>
          label={`Tasks of ${phase.title}`}
          rows={phase.tasks}
          rowKey={(task, i) => `${i}-${task.id ?? ''}`}
          rowId={task => (task.id ? anchorId(itemAnchor(task.id)) : undefined)}
          empty="This phase has no tasks."
          columns={[
            {
              title: 'State',
              render: task => (
                <TaskState
                  state={task.state}
                  optional={task.optional}
                  format={format}
                />
              ),
              width: 130,
            },
            {
              title: 'Id',
              render: task =>
                task.id ? <ItemLink entity={entity} id={task.id} /> : '',
              width: 90,
              nowrap: true,
            },
            {
              title: 'Task',
              render: task => (
                <Box pl={depthOf(task) * 2}>
                  <InlineMarkdown text={task.text} />
                </Box>
              ),
            },
            {
              title: 'Cites',
              render: task => (
                <Box display="flex" flexWrap="wrap" gridColumnGap={8}>
                  {task.cites.map(id => (
                    <ItemLink key={id} entity={entity} id={id} />
                  ))}
                </Box>
              ),
            },
            {
              title: 'Where',
              render: task => (
                <SourceLocation
                  entity={entity}
                  file={task.file}
                  line={task.line}
                />
              ),
              nowrap: true,
            },
          ]}
        />
      </InfoCard>
    </div>
  );
}

/**
 * The Phases tab of a spec: overall progress, then each phase with its goal,
 * exit criteria, progress and tasks.
 *
 * @public
 */
export function SpecPhasesContent() {
  const { entity } = useEntity();
  const spec = readSpecEntity(entity)?.spec;
  const { value, loading, error, retry } = useSpecDocument(entity);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  useHashScroll(!!value, container);
  const phases = value?.document.phases ?? [];
  const summary = value
    ? phases.map(phase => ({ title: phase.title, ...phaseCounts(phase) }))
    : spec?.phases ?? [];
  return (
    <Grid container spacing={3} ref={setContainer}>
      <Grid item xs={12}>
        <InfoCard title="Progress" titleTypographyProps={{ component: 'h2' }}>
          <PhaseProgress phases={summary} />
          <Box mt={2}>
            <ProgressLegend />
          </Box>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <SpecBurnUpCard entity={entity} />
      </Grid>
      {(loading || error) && (
        <Grid item xs={12}>
          <AsyncState
            loading={loading}
            error={error}
            retry={retry}
            errorTitle="Could not load the phases of this spec"
          />
        </Grid>
      )}
      {phases.map((phase, index) => (
        <Grid item xs={12} key={`${index}-${phase.title}`}>
          <PhaseCard
            entity={entity}
            phase={phase}
            index={index}
            format={value?.document.format}
          />
        </Grid>
      ))}
    </Grid>
  );
}
