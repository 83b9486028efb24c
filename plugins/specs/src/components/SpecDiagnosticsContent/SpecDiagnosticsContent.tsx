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
import ErrorIcon from '@material-ui/icons/Error';
import InfoIcon from '@material-ui/icons/Info';
import WarningIcon from '@material-ui/icons/Warning';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { SpecDiagnostic } from '@specstage/plugin-specs-common';
import { useSpecDocument } from '../../hooks/useSpecDocument';
import { RULE_HINTS } from '../../lib/ruleHints';
import { specFormatLabel } from '../../lib/specFormat';
import { AsyncState } from '../AsyncState';
import { InlineMarkdown } from '../InlineMarkdown';
import { SimpleTable } from '../SimpleTable';
import { SourceLocation } from '../SpecLinks';

const ORDER = { error: 0, warning: 1, info: 2 };

const SEVERITIES = {
  error: { Icon: ErrorIcon, color: 'error.main', label: 'Error' },
  warning: { Icon: WarningIcon, color: 'warning.main', label: 'Warning' },
  info: { Icon: InfoIcon, color: 'info.main', label: 'Info' },
};

function Severity(props: { severity: SpecDiagnostic['severity'] }) {
  const { severity } = props;
  const { Icon, color, label } = SEVERITIES[severity] ?? SEVERITIES.info;
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
 * The Diagnostics tab of a spec: what the spec linter found, where (links to
 * the place in the document and in the repository) and how to fix it.
 *
 * @public
 */
export function SpecDiagnosticsContent() {
  const { entity } = useEntity();
  const { value, loading, error, retry } = useSpecDocument(entity);
  const diagnostics = [...(value?.document.diagnostics ?? [])].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity],
  );
  return (
    <InfoCard
      title={value ? `Diagnostics (${diagnostics.length})` : 'Diagnostics'}
      titleTypographyProps={{ component: 'h2' }}
      subheader={
        value?.document.format
          ? `Read by the ${specFormatLabel(
              value.document.format,
            )} format profile.`
          : undefined
      }
    >
      <AsyncState
        loading={loading}
        error={error}
        retry={retry}
        errorTitle="Could not load the diagnostics of this spec"
      >
        <SimpleTable<SpecDiagnostic>
          label="Diagnostics"
          rows={diagnostics}
          rowKey={(d, index) => `${index}-${d.rule}`}
          empty="The linter found nothing to report."
          columns={[
            {
              title: 'Severity',
              render: d => <Severity severity={d.severity} />,
              width: 120,
            },
            { title: 'Rule', render: d => <code>{d.rule}</code>, width: 200 },
            {
              title: 'Finding',
              render: d => (
                <>
                  <Typography variant="body2">
                    <InlineMarkdown text={d.message} />
                  </Typography>
                  {RULE_HINTS[d.rule] && (
                    <Typography variant="body2" style={{ marginTop: 4 }}>
                      <strong>How to fix:</strong>{' '}
                      <InlineMarkdown text={RULE_HINTS[d.rule]} />
                    </Typography>
                  )}
                </>
              ),
            },
            {
              title: 'Where',
              render: d =>
                d.file ? (
                  <SourceLocation entity={entity} file={d.file} line={d.line} />
                ) : (
                  ''
                ),
              nowrap: true,
            },
          ]}
        />
      </AsyncState>
    </InfoCard>
  );
}
