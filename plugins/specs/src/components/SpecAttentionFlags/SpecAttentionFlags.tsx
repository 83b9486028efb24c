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
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import WarningIcon from '@material-ui/icons/ReportProblemOutlined';
import { useApi } from '@backstage/core-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { specsApiRef } from '../../api';
import { ATTENTION_KIND_LABELS } from '../NeedsAttention';

/** Props of {@link SpecAttentionFlags}. @public */
export interface SpecAttentionFlagsProps {
  /** A component or system: the flags of the specs that specify it. */
  entity: Entity;
}

/**
 * The needs-attention flags of the specs of a component or system, for its
 * specs card: one line per flagged spec, a labelled chip per reason (the
 * full sentence in the chip's tooltip and accessible name). Renders nothing
 * when no spec needs attention or the history is unavailable.
 *
 * @public
 */
export function SpecAttentionFlags(props: SpecAttentionFlagsProps) {
  const specsApi = useApi(specsApiRef);
  const ref = stringifyEntityRef(props.entity);
  const { value } = useAsyncRetry(
    () => specsApi.getAttention({ scope: { component: ref }, limit: 10 }),
    [specsApi, ref],
  );
  if (!value || value.items.length === 0) return null;
  return (
    <Box mt={2} component="section" aria-label="Specs that need attention">
      <Typography variant="subtitle2" component="h3">
        Needs attention ({value.total})
      </Typography>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {value.items.map(item => (
          <li key={item.entityRef}>
            <Box
              display="flex"
              flexWrap="wrap"
              alignItems="center"
              gridGap={8}
              py={0.5}
            >
              <Typography variant="body2" component="span">
                <EntityRefLink entityRef={item.entityRef} hideIcon>
                  {item.specId ?? item.title}
                </EntityRefLink>
              </Typography>
              {item.reasons.map(reason => (
                <Tooltip key={reason.kind} title={reason.message}>
                  <Chip
                    size="small"
                    variant="outlined"
                    icon={<WarningIcon />}
                    label={ATTENTION_KIND_LABELS[reason.kind]}
                    aria-label={`${ATTENTION_KIND_LABELS[reason.kind]}: ${
                      reason.message
                    }`}
                    tabIndex={0}
                  />
                </Tooltip>
              ))}
            </Box>
          </li>
        ))}
      </ul>
    </Box>
  );
}
