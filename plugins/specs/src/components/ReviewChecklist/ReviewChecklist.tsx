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

import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import RadioButtonUncheckedIcon from '@material-ui/icons/RadioButtonUnchecked';
import { InfoCard } from '@backstage/core-components';
import { personaCounts } from '@specstage/plugin-specs-common';
import { InlineMarkdown } from '../InlineMarkdown';
import { ProgressBar } from '../ProgressBar';

/** @public */
export interface ReviewChecklistItem {
  text: string;
  checked: boolean;
}

/**
 * One reviewer persona: either with its items (from the spec document) or
 * only with counts (from the Spec entity's `spec.review`).
 *
 * @public
 */
export interface ReviewChecklistPersona {
  persona: string;
  items?: ReviewChecklistItem[];
  checked?: number;
  total?: number;
}

/** @public */
export interface ReviewChecklistProps {
  personas: ReviewChecklistPersona[];
}

function countsOf(persona: ReviewChecklistPersona) {
  if (persona.items) {
    return personaCounts({ items: persona.items });
  }
  return { checked: persona.checked ?? 0, total: persona.total ?? 0 };
}

/**
 * The review checklist of a spec: one card per reviewer persona with how many
 * of its items are checked, and the items themselves when known.
 *
 * @public
 */
export function ReviewChecklist(props: ReviewChecklistProps) {
  const { personas } = props;
  const theme = useTheme();
  if (personas.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        This spec has no review checklist.
      </Typography>
    );
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Typography variant="body2">
          What each reviewer has signed off, as ticked in the spec. The list is
          read-only here: reviewers tick the boxes in the spec's source.
        </Typography>
      </Grid>
      {personas.map((persona, index) => {
        const { checked, total } = countsOf(persona);
        return (
          <Grid item xs={12} md={6} key={`${index}-${persona.persona}`}>
            <InfoCard
              title={persona.persona}
              subheader={`${checked} of ${total} checked`}
              titleTypographyProps={{ component: 'h2' }}
            >
              <ProgressBar
                label={`Review by ${persona.persona}`}
                done={checked}
                total={total}
                unit="items"
              />
              {persona.items && persona.items.length > 0 && (
                <List dense aria-label={`${persona.persona} checklist`}>
                  {persona.items.map((item, itemIndex) => (
                    <ListItem key={itemIndex} disableGutters>
                      <ListItemIcon style={{ minWidth: 36 }}>
                        {/* Marks, not checkboxes: nothing here can be ticked. */}
                        {item.checked ? (
                          <CheckCircleIcon
                            titleAccess="Checked"
                            style={{ color: theme.palette.success.main }}
                          />
                        ) : (
                          <RadioButtonUncheckedIcon
                            titleAccess="Not checked"
                            color="action"
                          />
                        )}
                      </ListItemIcon>
                      <ListItemText
                        primary={<InlineMarkdown text={item.text} />}
                      />
                    </ListItem>
                  ))}
                </List>
              )}
            </InfoCard>
          </Grid>
        );
      })}
    </Grid>
  );
}
