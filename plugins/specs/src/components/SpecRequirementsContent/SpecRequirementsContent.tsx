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

import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { InfoCard } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { specTaskCoverage } from '@specstage/plugin-specs-common';
import type {
  SpecDocument,
  SpecTaskCoverage,
  SpecRequirement,
  SpecResolvedClarification,
  SpecSuccessCriterion,
  SpecUserStory,
} from '@specstage/plugin-specs-common';
import { useHashScroll } from '../../hooks/useHashScroll';
import { useSpecDocument } from '../../hooks/useSpecDocument';
import { anchorId, itemAnchor } from '../../lib/markdown';
import { AsyncState } from '../AsyncState';
import { InlineMarkdown } from '../InlineMarkdown';
import { SimpleTable } from '../SimpleTable';
import { ItemLink, SourceLocation } from '../SpecLinks';

/** Task ids (or texts) citing `id`, from specs-common's coverage. */
function citingTasks(coverage: SpecTaskCoverage, id: string): string[] {
  return coverage.tasksCiting(id).map(task => task.id ?? task.text);
}

/**
 * What a requirement says: its text, and below it Kiro's numbered acceptance
 * criteria or OpenSpec's scenarios (by name, with their steps folded in a
 * list), so that the requirement reads as written rather than as headings.
 */
function RequirementText(props: {
  entity: Entity;
  requirement: SpecRequirement;
}) {
  const { entity, requirement } = props;
  return (
    <>
      {requirement.text && <InlineMarkdown text={requirement.text} />}
      {!!requirement.criteria?.length && (
        <Box component="ol" pl={0} mt={1} mb={0} style={{ listStyle: 'none' }}>
          {requirement.criteria.map(criterion => (
            <li key={criterion.id} id={anchorId(itemAnchor(criterion.id))}>
              <Typography variant="body2" component="span">
                <ItemLink entity={entity} id={criterion.id} />{' '}
                <InlineMarkdown text={criterion.text} />
              </Typography>
            </li>
          ))}
        </Box>
      )}
      {!!requirement.scenarios?.length && (
        <Box component="ul" pl={2} mt={1} mb={0}>
          {requirement.scenarios.map((scenario, index) => (
            <li key={index}>
              <Typography variant="body2" component="span">
                Scenario: <InlineMarkdown text={scenario.name} />
              </Typography>
              {scenario.steps.length > 0 && (
                <Box component="ul" pl={2} m={0}>
                  {scenario.steps.map((step, i) => (
                    <li key={i}>
                      <Typography variant="body2" component="span">
                        <InlineMarkdown text={step} />
                      </Typography>
                    </li>
                  ))}
                </Box>
              )}
            </li>
          ))}
        </Box>
      )}
    </>
  );
}

function deltaLabel(delta: SpecRequirement['delta']): string {
  return delta ? delta[0].toUpperCase() + delta.slice(1) : '';
}

function verifiedLabel(verified: boolean | undefined) {
  if (verified === undefined) {
    return '—';
  }
  return verified ? 'Yes' : 'No';
}

function Covered(props: { entity: Entity; tasks?: string[] }) {
  if (!props.tasks?.length) {
    // Not a fault of the reader's screen: plain text, not red.
    return (
      <Typography variant="body2" color="textSecondary">
        No task
      </Typography>
    );
  }
  return (
    <Box display="flex" flexWrap="wrap" gridColumnGap={8}>
      {props.tasks.map(task =>
        /^(?:T-?\d|Task\s|\d+(?:\.\d+)*$)/i.test(task) ? (
          <ItemLink key={task} entity={props.entity} id={task} />
        ) : (
          <span key={task}>
            <InlineMarkdown text={task} />
          </span>
        ),
      )}
    </Box>
  );
}

function RequirementsView(props: { entity: Entity; document: SpecDocument }) {
  const { entity, document } = props;
  const coverage = specTaskCoverage(document);
  // Named requirements (OpenSpec's `### Requirement: <name>`, Kiro's
  // `### Requirement 1: <title>`) show their name; OpenSpec changes their delta.
  const named = document.requirements.some(r => r.name);
  const delta = document.requirements.some(r => r.delta);
  // OpenSpec and Kiro have no user stories, success criteria or decisions
  // of their own: empty cards for them would only be noise.
  const ownFormat =
    document.format === 'openspec' || document.format === 'kiro';
  const show = (rows: unknown[]) => !ownFormat || rows.length > 0;
  const open = document.clarifications.open;
  return (
    <Grid container spacing={3}>
      {open.length > 0 && (
        <Grid item xs={12} id={anchorId('open-questions')}>
          <Alert severity="warning" role="region" aria-label="Open questions">
            <AlertTitle>
              {open.length} open question{open.length === 1 ? '' : 's'}
            </AlertTitle>
            <ul>
              {open.map((item, index) => (
                <li key={index}>
                  <InlineMarkdown text={item.text} />{' '}
                  <SourceLocation
                    entity={entity}
                    file={item.file}
                    line={item.line}
                  />
                </li>
              ))}
            </ul>
          </Alert>
        </Grid>
      )}
      {show(document.userStories) && (
        <Grid item xs={12}>
          <InfoCard
            title="User stories"
            titleTypographyProps={{ component: 'h2' }}
          >
            <SimpleTable<SpecUserStory>
              label="User stories"
              rows={document.userStories}
              rowKey={story => story.id}
              rowId={story => anchorId(itemAnchor(story.id))}
              empty="No user stories."
              columns={[
                {
                  title: 'Id',
                  render: s => <ItemLink entity={entity} id={s.id} />,
                  width: 80,
                  nowrap: true,
                },
                { title: 'Priority', render: s => s.priority ?? '', width: 80 },
                {
                  title: 'Story',
                  render: s => <InlineMarkdown text={s.title} />,
                },
                {
                  title: 'Scenarios',
                  render: s => s.acceptanceScenarios.length,
                  width: 90,
                },
                {
                  title: 'Tasks',
                  render: s => (
                    <Covered
                      entity={entity}
                      tasks={citingTasks(coverage, s.id)}
                    />
                  ),
                },
              ]}
            />
          </InfoCard>
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard
          title="Requirements"
          titleTypographyProps={{ component: 'h2' }}
        >
          <SimpleTable<SpecRequirement>
            label="Requirements"
            rows={document.requirements}
            rowKey={(r, index) => `${index}-${r.id}`}
            rowId={r => anchorId(itemAnchor(r.id))}
            empty="No requirements."
            columns={[
              {
                title: 'Id',
                render: r => <ItemLink entity={entity} id={r.id} />,
                width: 90,
                nowrap: true,
              },
              ...(named
                ? [
                    {
                      title: 'Name',
                      render: (r: SpecRequirement) => (
                        <InlineMarkdown text={r.name ?? ''} />
                      ),
                      width: 200,
                    },
                  ]
                : []),
              ...(delta
                ? [
                    {
                      title: 'Change',
                      render: (r: SpecRequirement) => deltaLabel(r.delta),
                      width: 90,
                    },
                  ]
                : []),
              { title: 'Level', render: r => r.level ?? '', width: 80 },
              {
                title: 'Requirement',
                render: r => (
                  <RequirementText entity={entity} requirement={r} />
                ),
              },
              {
                title: 'Covered by',
                render: r => (
                  <Covered
                    entity={entity}
                    tasks={citingTasks(coverage, r.id)}
                  />
                ),
              },
              {
                title: 'Where',
                render: r => (
                  <SourceLocation entity={entity} file={r.file} line={r.line} />
                ),
                nowrap: true,
              },
            ]}
          />
        </InfoCard>
      </Grid>
      {show(document.successCriteria) && (
        <Grid item xs={12}>
          <InfoCard
            title="Success criteria"
            titleTypographyProps={{ component: 'h2' }}
          >
            <SimpleTable<SpecSuccessCriterion>
              label="Success criteria"
              rows={document.successCriteria}
              rowKey={(c, index) => `${index}-${c.id}`}
              rowId={c => anchorId(itemAnchor(c.id))}
              empty="No success criteria."
              columns={[
                {
                  title: 'Id',
                  render: c => <ItemLink entity={entity} id={c.id} />,
                  width: 90,
                  nowrap: true,
                },
                {
                  title: 'Criterion',
                  render: c => <InlineMarkdown text={c.text} />,
                },
                {
                  title: 'Verified',
                  render: c => verifiedLabel(c.verified),
                  width: 90,
                },
                {
                  title: 'Covered by',
                  render: c => (
                    <Covered
                      entity={entity}
                      tasks={citingTasks(coverage, c.id)}
                    />
                  ),
                },
              ]}
            />
          </InfoCard>
        </Grid>
      )}
      {show(document.clarifications.resolved) && (
        <Grid item xs={12}>
          <InfoCard
            title="Decisions"
            titleTypographyProps={{ component: 'h2' }}
          >
            <SimpleTable<SpecResolvedClarification>
              label="Resolved clarifications"
              rows={document.clarifications.resolved}
              rowKey={(c, index) => `${index}-${c.id}`}
              rowId={c => anchorId(itemAnchor(c.id))}
              empty="No recorded decisions."
              columns={[
                {
                  title: 'Id',
                  render: c => <ItemLink entity={entity} id={c.id} />,
                  width: 90,
                  nowrap: true,
                },
                {
                  title: 'Date',
                  render: c => c.date ?? '',
                  width: 110,
                  nowrap: true,
                },
                {
                  title: 'Question',
                  render: c => <InlineMarkdown text={c.question} />,
                },
                {
                  title: 'Answer',
                  render: c =>
                    c.answer ? <InlineMarkdown text={c.answer} /> : '',
                },
              ]}
            />
          </InfoCard>
        </Grid>
      )}
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
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  useHashScroll(!!value, container);
  return (
    <div ref={setContainer}>
      <AsyncState
        loading={loading}
        error={error}
        retry={retry}
        errorTitle="Could not load the requirements of this spec"
      >
        {value && (
          <RequirementsView entity={entity} document={value.document} />
        )}
      </AsyncState>
    </div>
  );
}
