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

import { Fragment } from 'react';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useSpecDocument } from '../../hooks/useSpecDocument';
import { AsyncState } from '../AsyncState';
import { SpecDelta } from '../SpecDelta';
import { SpecDocument } from '../SpecDocument';
import { SpecFilesCookieProvider } from '../SpecFilesCookieProvider';
import { SpecRelated } from './SpecRelated';

const useStyles = makeStyles(
  theme => ({
    root: {
      display: 'flex',
      flexDirection: 'column',
      gap: theme.spacing(4),
    },
    document: {
      padding: theme.spacing(4, 5),
      [theme.breakpoints.down('sm')]: {
        padding: theme.spacing(2),
      },
    },
    more: {
      display: 'grid',
      gap: theme.spacing(3),
      gridTemplateColumns: 'minmax(0, 1fr)',
      alignItems: 'start',
      [theme.breakpoints.up('md')]: {
        gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
      },
    },
    column: {
      display: 'flex',
      flexDirection: 'column',
      gap: theme.spacing(3),
      minWidth: 0,
    },
  }),
  { name: 'SpecOverviewLayout' },
);

/** The cards of the entity page's overview, as the catalog hands them to layouts. */
export interface SpecOverviewCard {
  type?: string;
  element: JSX.Element;
}

/** The body of a spec's overview, for the legacy system and for the layout. */
export function SpecOverviewBody(props: {
  cards?: SpecOverviewCard[];
  /** Beside the document, also list the issue and pull requests; default true. */
  showLinks?: boolean;
}) {
  const { cards = [], showLinks } = props;
  const classes = useStyles();
  const { entity } = useEntity();
  const { value, loading, error, retry } = useSpecDocument(entity);
  const info = cards.filter(card => card.type === 'info');
  const content = cards.filter(card => card.type !== 'info');
  return (
    <div className={classes.root}>
      {value && value.document.openspec?.kind === 'change' && (
        <Paper className={classes.document} variant="outlined">
          <SpecDelta entity={entity} document={value.document} />
        </Paper>
      )}
      <Paper className={classes.document} variant="outlined">
        <AsyncState
          loading={loading}
          error={error}
          retry={retry}
          errorTitle="Could not load the spec document"
        >
          {value && (
            <SpecDocument
              entity={entity}
              document={value}
              aside={<SpecRelated entity={entity} showLinks={showLinks} />}
            />
          )}
        </AsyncState>
      </Paper>
      {cards.length > 0 && (
        <section id="spec-more" aria-labelledby="spec-more-title">
          <Typography
            id="spec-more-title"
            variant="h5"
            component="h2"
            gutterBottom
          >
            More about this spec
          </Typography>
          <div className={classes.more}>
            <div className={classes.column}>
              {content.map((card, index) => (
                <Fragment key={card.element.key ?? index}>
                  {card.element}
                </Fragment>
              ))}
            </div>
            <div className={classes.column}>
              {info.map((card, index) => (
                <Fragment key={card.element.key ?? index}>
                  {card.element}
                </Fragment>
              ))}
            </div>
          </div>
        </section>
      )}
    </div>
  );
}

/**
 * The overview of a spec's page in the new frontend system: the document
 * first, wide, with its contents list in view beside it and related specs
 * above that; the other cards of the overview (relations graph, about,
 * links) after it.
 *
 * @remarks
 *
 * The document embeds the spec's images as plain `<img>` elements, which
 * reach the files route only with the user cookie: the layout keeps it fresh
 * (the legacy overview gets it from its extension, see plugin.ts).
 *
 * @public
 */
export function SpecOverviewLayout(props: { cards: SpecOverviewCard[] }) {
  return (
    <SpecFilesCookieProvider>
      <SpecOverviewBody cards={props.cards} />
    </SpecFilesCookieProvider>
  );
}
