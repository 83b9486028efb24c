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

import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { anchorId, fragmentOf } from '../lib/markdown';

/** How long the page keeps a target in view while diagrams and images above it settle. */
const SETTLE_MS = 4_000;

/** The element a fragment names: an anchor of the document, or the block of a `file:line`. */
export function findFragmentTarget(
  fragment: string,
  resolveLine?: (fragment: string) => string | undefined,
): HTMLElement | null {
  if (!fragment) return null;
  const id = anchorId(fragment);
  return (
    document.getElementById(id) ??
    document.getElementById(fragment) ??
    (() => {
      const lineId = resolveLine?.(fragment);
      return lineId ? document.getElementById(lineId) : null;
    })()
  );
}

/** Scrolls to an element and hands it the focus, marking it for a moment. */
export function revealElement(element: HTMLElement) {
  element.scrollIntoView({ block: 'start' });
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus({ preventScroll: true });
  element.classList.add('spec-target');
  window.setTimeout(() => element.classList.remove('spec-target'), 2_500);
}

/**
 * Scrolls to the element of the URL's `#fragment` once the document is
 * rendered: on a fresh load (the browser cannot, the content arrives later),
 * and whenever the fragment changes. While diagrams and images above it are
 * still being drawn, it keeps the target in view, until the reader scrolls.
 */
export function useHashScroll(
  ready: boolean,
  container: HTMLElement | null,
  resolveLine?: (fragment: string) => string | undefined,
) {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return undefined;
    const target = findFragmentTarget(fragmentOf(hash), resolveLine);
    if (!target) return undefined;
    revealElement(target);

    let settled = false;
    const stop = () => {
      settled = true;
    };
    const events = ['wheel', 'touchstart', 'keydown', 'mousedown'];
    events.forEach(e => window.addEventListener(e, stop, { passive: true }));
    const observer =
      container && typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver(() => {
            if (!settled) target.scrollIntoView({ block: 'start' });
          })
        : undefined;
    if (container) observer?.observe(container);
    const timer = window.setTimeout(stop, SETTLE_MS);
    return () => {
      window.clearTimeout(timer);
      observer?.disconnect();
      events.forEach(e => window.removeEventListener(e, stop));
    };
  }, [ready, hash, key, container, resolveLine]);
}
