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

import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import DescriptionIcon from '@material-ui/icons/Description';
import {
  BreadcrumbEntry,
  PageLayoutProps,
  useBreadcrumbEntries,
} from '@backstage/frontend-plugin-api';
import { PluginHeader } from '@backstage/ui';

// Spec entities live in the catalog, but people come to them from Specs.
const SPEC_PAGE = /\/catalog\/[^/]+\/spec\/[^/]+/i;

/**
 * The app's page layout: the app plugin's default (the plugin header with
 * its breadcrumbs and tabs), except that a Spec entity's page is headed
 * "Specs", linking to /specs, instead of "Catalog".
 */
export function AppPageLayout(props: PageLayoutProps) {
  const { noHeader, headerActions, tabs, children } = props;
  const { pathname } = useLocation();
  const spec = SPEC_PAGE.test(pathname);
  const title = spec ? 'Specs' : props.title;
  const titleLink = spec ? '/specs' : props.titleLink;
  const icon = spec ? <DescriptionIcon fontSize="inherit" /> : props.icon;
  const { items: breadcrumbs } = useBreadcrumbEntries();
  const headerTabs = useMemo(
    () => tabs?.map(tab => ({ ...tab, matchStrategy: 'prefix' as const })),
    [tabs],
  );
  if (noHeader) {
    return <>{children}</>;
  }
  return (
    <BreadcrumbEntry
      entry={title ? { label: title, href: titleLink || '/' } : undefined}
    >
      <PluginHeader
        title={title}
        icon={icon}
        titleLink={titleLink}
        breadcrumbs={breadcrumbs}
        tabs={headerTabs}
        customActions={headerActions}
      />
      {children}
    </BreadcrumbEntry>
  );
}
