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

import { SpecStatusValue } from '../model';
import { SpecAttentionItem } from '../attention/rankSpecAttention';
import { SpecAttentionOptions } from '../attention/SpecAttention';
import { SpecBurnUpPoint } from './burnUpSeries';
import { PortfolioSpec, SpecRollup } from './rollupSpecs';
import { SpecSnapshot } from './SpecSnapshot';

/**
 * Which specs a portfolio query covers. Empty: every spec the caller may
 * read. Fields combine with AND; several owners combine with OR.
 *
 * @public
 */
export type SpecPortfolioScope = {
  /** Owner refs (groups or users), e.g. a user's groups. */
  owner?: string[];
  /** A system ref: its specs and the specs of its components. */
  system?: string;
  /** A component or system ref: the specs that specify it. */
  component?: string;
  /** One spec. */
  spec?: string;
};

/**
 * A spec in the needs-attention list.
 *
 * @public
 */
export type SpecAttentionEntry = SpecAttentionItem<
  Pick<
    PortfolioSpec,
    | 'entityRef'
    | 'title'
    | 'specId'
    | 'status'
    | 'owner'
    | 'editUrl'
    | 'viewUrl'
    | 'location'
  >
>;

/**
 * The needs-attention list of a scope (`GET /v1/attention`).
 *
 * @public
 */
export type SpecAttentionResponse = {
  /** The UTC day the rules were evaluated on. */
  today: string;
  /** How many specs need attention; `items` may hold fewer. */
  total: number;
  items: SpecAttentionEntry[];
  options: SpecAttentionOptions;
};

/**
 * The portfolio of a scope (`GET /v1/portfolio`).
 *
 * @public
 */
export type SpecPortfolioResponse = {
  today: string;
  scope: SpecPortfolioScope;
  totals: {
    specs: number;
    inProgress: number;
    tasks: { done: number; partial: number; total: number };
    openClarifications: number;
  };
  byStatus: Array<{ status: SpecStatusValue; count: number }>;
  burnUp: { stepDays: number; points: SpecBurnUpPoint[] };
  rollups: { byOwner: SpecRollup[]; bySystem: SpecRollup[] };
  attention: SpecAttentionResponse;
};

/**
 * The recorded history of one spec (`GET /v1/entities/:ns/:name/history`).
 *
 * @public
 */
export type SpecHistoryResponse = {
  entityRef: string;
  today: string;
  /** Oldest first. */
  snapshots: SpecSnapshot[];
};
