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
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import type {
  SpecDocument,
  SpecRequirement,
  SpecResolvedClarification,
  SpecSuccessCriterion,
  SpecUserStory,
} from '@specstage/plugin-specs-common';
import { useSpecDocument } from '../../hooks/useSpecDocument';
import { AsyncState } from '../AsyncState';
import { SimpleTable } from '../SimpleTable';

/** Task ids (or texts) citing each FR/SC/US id. */
function coverage(document: SpecDocument): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const phase of document.phases) {
    for (const task of phase.tasks) {
      for (const id of task.cites) {
        const tasks = result.get(id) ?? [];
        tasks.push(task.id ?? task.text);
        result.set(id, tasks);
      }
    }
  }
  return result;
}

function verifiedLabel(verified: boolean | undefined) {
  if (verified === undefined) {
    return '—';
  }
  return verified ? 'Yes' : 'No';
}

function Covered(props: { tasks?: string[] }) {
  if (!props.tasks?.length) {
    return (
      <Typography variant="body2" color="error">
        No task
      </Typography>
    );
  }
  return (
    <>
      {props.tasks.map(task => (
        <Chip key={task} label={task} size="small" variant="outlined" />
      ))}
    </>
  );
}

function RequirementsView(props: { document: SpecDocument }) {
  const { document } = props;
  const covered = coverage(document);
  const open = document.clarifications.open;
  return (
    <Grid container spacing={3}>
      {open.length > 0 && (
        <Grid item xs={12}>
          <Alert severity="warning" role="region" aria-label="Open clarifications">
            <AlertTitle>
              {open.length} open clarification{open.length === 1 ? '' : 's'}
            </AlertTitle>
            <ul>
              {open.map((item, index) => (
                <li key={index}>
                  {item.text}{' '}
                  <Typography variant="caption" color="textSecondary">
                    ({item.file}:{item.line})
                  </Typography>
                </li>
              ))}
            </ul>
          </Alert>
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard title="User stories">
          <SimpleTable<SpecUserStory>
            label="User stories"
            rows={document.userStories}
            rowKey={story => story.id}
            empty="No user stories."
            columns={[
              { title: 'Id', render: s => s.id, width: 80 },
              { title: 'Priority', render: s => s.priority ?? '', width: 80 },
              { title: 'Story', render: s => s.title },
              {
                title: 'Scenarios',
                render: s => s.acceptanceScenarios.length,
                width: 90,
              },
              { title: 'Tasks', render: s => <Covered tasks={covered.get(s.id)} /> },
            ]}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Requirements">
          <SimpleTable<SpecRequirement>
            label="Requirements"
            rows={document.requirements}
            rowKey={(r, index) => `${index}-${r.id}`}
            empty="No requirements."
            columns={[
              { title: 'Id', render: r => r.id, width: 90 },
              { title: 'Level', render: r => r.level ?? '', width: 80 },
              { title: 'Requirement', render: r => r.text },
              { title: 'Covered by', render: r => <Covered tasks={covered.get(r.id)} /> },
            ]}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Success criteria">
          <SimpleTable<SpecSuccessCriterion>
            label="Success criteria"
            rows={document.successCriteria}
            rowKey={(c, index) => `${index}-${c.id}`}
            empty="No success criteria."
            columns={[
              { title: 'Id', render: c => c.id, width: 90 },
              { title: 'Criterion', render: c => c.text },
              {
                title: 'Verified',
                render: c => verifiedLabel(c.verified),
                width: 90,
              },
              { title: 'Covered by', render: c => <Covered tasks={covered.get(c.id)} /> },
            ]}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Decisions">
          <SimpleTable<SpecResolvedClarification>
            label="Resolved clarifications"
            rows={document.clarifications.resolved}
            rowKey={(c, index) => `${index}-${c.id}`}
            empty="No recorded decisions."
            columns={[
              { title: 'Id', render: c => c.id, width: 90 },
              { title: 'Date', render: c => c.date ?? '', width: 110 },
              { title: 'Question', render: c => c.question },
              { title: 'Answer', render: c => c.answer ?? '' },
            ]}
          />
        </InfoCard>
      </Grid>
    </Grid>
  );
}

/**
 * The Requirements tab of a spec: open clarifications, user stories,
 * FR and SC tables with the tasks covering them, and CL-N decisions.
 *
 * @public
 */
export function SpecRequirementsContent() {
  const { entity } = useEntity();
  const { value, loading, error, retry } = useSpecDocument(entity);
  return (
    <AsyncState
      loading={loading}
      error={error}
      retry={retry}
      errorTitle="Could not load the requirements of this spec"
    >
      {value && <RequirementsView document={value.document} />}
    </AsyncState>
  );
}
