import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * false in the server HTML and during hydration, true once React has hydrated this component: the
 * e2e tests (and scripts) wait for `data-hydrated="true"` before they click, so a click is never lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
