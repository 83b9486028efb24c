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

import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import {
  identityApiRef,
  useApi,
  useRouteRef,
} from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { specsApiRef } from '../../api';
import { portfolioRouteRef } from '../../routes';
import { AsyncState } from '../AsyncState';
import { NeedsAttention } from '../NeedsAttention';

/** Props of {@link HomePageSpecsCard}. @public */
export interface HomePageSpecsCardProps {
  /** How many specs to list. Default 5. */
  limit?: number;
}

/**
 * "My team's specs": the specs owned by the signed-in user's groups that
 * need attention, most urgent first. The content of the home page card.
 *
 * @public
 */
export function HomePageSpecsCard(props: HomePageSpecsCardProps) {
  const { limit = 5 } = props;
  const identityApi = useApi(identityApiRef);
  const specsApi = useApi(specsApiRef);
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    const groups = ownershipEntityRefs.filter(
      ref => parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group',
    );
    if (groups.length === 0) return { groups };
    const attention = await specsApi.getAttention({
      scope: { owner: groups },
      limit,
    });
    return { groups, attention };
  }, [identityApi, specsApi, limit]);

  return (
    <AsyncState
      loading={loading}
      error={error}
      retry={retry}
      errorTitle="Could not load your team's specs"
    >
      {value && !value.attention && (
        <Typography color="textSecondary">
          You are not a member of any group, so no team's specs to show.
        </Typography>
      )}
      {value?.attention && (
        <NeedsAttention
          items={value.attention.items}
          total={value.attention.total}
          hideOwner={value.groups.length === 1}
          emptyText="Nothing of your team's specs needs attention."
        />
      )}
    </AsyncState>
  );
}

/**
 * The card's action, the way to the whole portfolio. In the card's actions
 * bar rather than under the list: the home page grid gives each card a fixed
 * height and scrolls what is taller, so a link below a long list would be out
 * of sight on a narrow screen.
 */
export function HomePageSpecsCardActions() {
  const portfolioLink = useRouteRef(portfolioRouteRef);
  return <Link to={portfolioLink()}>Open the specs portfolio</Link>;
}

/** The home page card's parts, as `@backstage/plugin-home` expects them. */
export const Content = HomePageSpecsCard;
export const Actions = HomePageSpecsCardActions;
