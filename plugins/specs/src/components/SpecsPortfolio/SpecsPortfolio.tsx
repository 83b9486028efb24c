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

import { ChangeEvent, useState } from 'react';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { SpecPortfolioScope } from '@specstage/plugin-specs-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { specsApiRef } from '../../api';
import { AsyncState } from '../AsyncState';
import { BurnUpChart } from '../BurnUpChart';
import { NeedsAttention } from '../NeedsAttention';
import { SpecStatusChart } from '../SpecStatusChart';
import { RollupTable } from './RollupTable';
import { refLabel } from './refLabel';

const useStyles = makeStyles(theme => ({
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    padding: theme.spacing(2),
    marginBottom: theme.spacing(3),
  },
  select: { minWidth: 200 },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
    gap: theme.spacing(2),
    margin: 0,
  },
  figure: { margin: 0 },
  value: { fontVariantNumeric: 'tabular-nums' },
}));

const WEEKS = [4, 8, 12, 26, 52];

/** The options of the scope selectors, from the catalog. */
function useScopeOptions() {
  const catalogApi = useApi(catalogApiRef);
  return useAsyncRetry(async () => {
    const [facets, systems, specs] = await Promise.all([
      catalogApi.getEntityFacets({
        filter: { kind: 'spec' },
        facets: ['relations.ownedBy'],
      }),
      catalogApi.getEntities({
        filter: { kind: 'system' },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      }),
      catalogApi.queryEntities({
        filter: { kind: 'spec' },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.specId',
        ],
        orderFields: { field: 'spec.specId', order: 'asc' },
        limit: 200,
      }),
    ]);
    return {
      owners: (facets.facets['relations.ownedBy'] ?? []).map(f => f.value),
      systems: systems.items.map(s => stringifyEntityRef(s)),
      specs: specs.items.map(s => ({
        ref: stringifyEntityRef(s),
        label: [
          (s.spec as { specId?: string } | undefined)?.specId,
          s.metadata.title ?? s.metadata.name,
        ]
          .filter(Boolean)
          .join(': '),
      })),
    };
  }, [catalogApi]);
}

function ScopeSelect(props: {
  id: string;
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
}) {
  const classes = useStyles();
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      value={props.value}
      size="small"
      variant="outlined"
      className={classes.select}
      onChange={(e: ChangeEvent<HTMLInputElement>) =>
        props.onChange(e.target.value)
      }
    >
      <MenuItem value="">All</MenuItem>
      {props.options.map(o => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

function Figure(props: { label: string; value: string }) {
  const classes = useStyles();
  return (
    <div className={classes.figure}>
      <Typography variant="body2" color="textSecondary" component="dt">
        {props.label}
      </Typography>
      <Typography
        variant="h5"
        component="dd"
        className={classes.value}
        style={{ margin: 0 }}
      >
        {props.value}
      </Typography>
    </div>
  );
}

/** Props of {@link SpecsPortfolio}. @public */
export interface SpecsPortfolioProps {
  /** The scope to start with, e.g. one owner. */
  initialScope?: SpecPortfolioScope;
  /** Weeks of the burn-up to start with. Default 12. */
  initialWeeks?: number;
}

/**
 * The portfolio view of all specs the user may read: where they stand (by
 * status), how they move (burn-up), who carries them (by owner and system)
 * and which need attention. Scope it to an owner, a system or one spec.
 *
 * @public
 */
export function SpecsPortfolio(props: SpecsPortfolioProps) {
  const classes = useStyles();
  const specsApi = useApi(specsApiRef);
  const [scope, setScope] = useState<SpecPortfolioScope>(
    props.initialScope ?? {},
  );
  const [weeks, setWeeks] = useState(props.initialWeeks ?? 12);
  const options = useScopeOptions();
  const portfolio = useAsyncRetry(
    () => specsApi.getPortfolio({ scope, weeks, limit: 25 }),
    [specsApi, JSON.stringify(scope), weeks],
  );
  const value = portfolio.value;
  const scopeName = scope.spec
    ? refLabel(scope.spec, 'spec')
    : [
        scope.owner?.length
          ? scope.owner.map(o => refLabel(o, 'group')).join(', ')
          : '',
        scope.system ? refLabel(scope.system, 'system') : '',
      ]
        .filter(Boolean)
        .join(' in ') || 'all specs';
  const set = (patch: Partial<SpecPortfolioScope>) =>
    setScope(current => {
      const next: SpecPortfolioScope = { ...current, ...patch };
      for (const key of Object.keys(next) as Array<keyof SpecPortfolioScope>) {
        const v = next[key];
        if (
          v === undefined ||
          v === '' ||
          (Array.isArray(v) && v.length === 0)
        ) {
          delete next[key];
        }
      }
      return next;
    });

  return (
    <>
      <Paper
        className={classes.controls}
        role="search"
        aria-label="Portfolio scope"
      >
        <ScopeSelect
          id="portfolio-owner"
          label="Owner"
          value={scope.owner?.[0] ?? ''}
          options={(options.value?.owners ?? []).map(o => ({
            value: o,
            label: refLabel(o, 'group'),
          }))}
          onChange={owner => set({ owner: owner ? [owner] : undefined })}
        />
        <ScopeSelect
          id="portfolio-system"
          label="System"
          value={scope.system ?? ''}
          options={(options.value?.systems ?? []).map(s => ({
            value: s,
            label: refLabel(s, 'system'),
          }))}
          onChange={system => set({ system: system || undefined })}
        />
        <ScopeSelect
          id="portfolio-spec"
          label="Spec"
          value={scope.spec ?? ''}
          options={(options.value?.specs ?? []).map(s => ({
            value: s.ref,
            label: s.label,
          }))}
          onChange={spec => set({ spec: spec || undefined })}
        />
        <TextField
          select
          id="portfolio-weeks"
          label="Burn-up over"
          value={weeks}
          size="small"
          variant="outlined"
          className={classes.select}
          onChange={e => setWeeks(Number(e.target.value))}
        >
          {WEEKS.map(w => (
            <MenuItem key={w} value={w}>
              {w} weeks
            </MenuItem>
          ))}
        </TextField>
      </Paper>
      <AsyncState
        loading={portfolio.loading && !value}
        error={portfolio.error}
        retry={portfolio.retry}
        errorTitle="Could not load the portfolio"
      >
        {value && (
          <Grid container spacing={3} aria-busy={portfolio.loading}>
            <Grid item xs={12}>
              <InfoCard title={`Portfolio: ${scopeName}`}>
                <dl className={classes.figures}>
                  <Figure label="Specs" value={String(value.totals.specs)} />
                  <Figure
                    label="In progress"
                    value={String(value.totals.inProgress)}
                  />
                  <Figure
                    label="Tasks done"
                    value={`${value.totals.tasks.done} / ${value.totals.tasks.total}`}
                  />
                  <Figure
                    label="Open clarifications"
                    value={String(value.totals.openClarifications)}
                  />
                  <Figure
                    label="Need attention"
                    value={String(value.attention.total)}
                  />
                </dl>
              </InfoCard>
            </Grid>
            <Grid item xs={12} md={5}>
              <InfoCard title="Specs by status">
                <SpecStatusChart byStatus={value.byStatus} />
              </InfoCard>
            </Grid>
            <Grid item xs={12} md={7}>
              <InfoCard title={`Tasks burn-up, last ${weeks} weeks`}>
                <BurnUpChart
                  title={`Tasks burn-up of ${scopeName}, last ${weeks} weeks`}
                  points={value.burnUp.points}
                />
              </InfoCard>
            </Grid>
            <Grid item xs={12}>
              <InfoCard
                title="Needs attention"
                subheader={`Ranked; thresholds: no task ticked for ${
                  value.attention.options.noProgressDays
                } days, clarifications open ${
                  value.attention.options.clarificationDays
                } days, review below ${Math.round(
                  value.attention.options.reviewThreshold * 100,
                )}%`}
              >
                <NeedsAttention
                  items={value.attention.items}
                  total={value.attention.total}
                />
              </InfoCard>
            </Grid>
            <Grid item xs={12}>
              <RollupTable
                title="By owner"
                keyTitle="Owner"
                defaultKind="group"
                emptyKey="No owner"
                rows={value.rollups.byOwner}
              />
            </Grid>
            <Grid item xs={12}>
              <RollupTable
                title="By system"
                keyTitle="System"
                defaultKind="system"
                emptyKey="No system"
                rows={value.rollups.bySystem}
              />
            </Grid>
          </Grid>
        )}
      </AsyncState>
    </>
  );
}
