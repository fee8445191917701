import { useQueries, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { pageLinkConsent } from '../app/link-consent';
import { linkName } from '../app/link-name';
import { linkQuery, type ArrivedLink, type LinkResult } from '../app/queries';
import type { FileReport } from '../data/dataset/dataset';

/** Where a link stands: waiting for the user's consent, loading, loaded, or failed. */
export type LinkPhase = 'ask' | 'loading' | 'done' | 'failed';

export interface LinkLoad {
  readonly url: string;
  readonly name: string;
  readonly phase: LinkPhase;
  readonly result: LinkResult | undefined;
  /** When the result came (tells one download of the link from the next). */
  readonly at: number;
}

function loadOf(url: string, allowed: boolean, query: UseQueryResult<LinkResult>): LinkLoad {
  const phase: LinkPhase = !allowed
    ? 'ask'
    : query.isFetching || (!query.data && !query.isError)
      ? 'loading'
      : query.data?.ok
        ? 'done'
        : 'failed';
  return { url, name: linkName(url), phase, result: query.data, at: query.dataUpdatedAt };
}

function useConsentVersion(): number {
  return useSyncExternalStore(pageLinkConsent.subscribe, pageLinkConsent.version, pageLinkConsent.version);
}

/**
 * The links of the address, each loading on its own once the user agreed to it: what the page shows
 * of them, the ones that came (for the import) and the failures (as file reports).
 */
export function useLinkLoads(urls: readonly string[]): {
  readonly loads: readonly LinkLoad[];
  readonly arrived: readonly ArrivedLink[];
  readonly failures: readonly FileReport[];
} {
  useConsentVersion();
  const queries = useQueries({
    queries: urls.map((url) => ({ ...linkQuery(url), enabled: pageLinkConsent.has(url) })),
  });
  const loads = urls.map((url, i) => {
    const query = queries[i];
    return query ? loadOf(url, pageLinkConsent.has(url), query) : undefined;
  });
  const stamp = JSON.stringify(loads.map((l) => (l ? [l.url, l.phase, l.at] : null)));
  // Stable while nothing changes (the stamp says all `loads` holds), so that the dataset's query and
  // the reports keep their identity from one render to the next.
  return useMemo(() => {
    const present = loads.filter((l): l is LinkLoad => l !== undefined);
    return {
      loads: present,
      arrived: present.flatMap((l) =>
        l.phase === 'done' && l.result?.ok
          ? [{ url: l.url, name: l.result.name, bytes: l.result.bytes, at: l.at }]
          : [],
      ),
      failures: present.flatMap((l) =>
        l.phase === 'failed' && l.result && !l.result.ok ? [l.result.report] : [],
      ),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stamp]);
}

/** One link as the sources panel shows it: it watches the link's download without starting it. */
export function useLinkLoad(url: string): LinkLoad {
  useConsentVersion();
  const query = useQuery({ ...linkQuery(url), enabled: false });
  return loadOf(url, pageLinkConsent.has(url), query);
}

/** Agree to fetch a link, or fetch a failed one again. */
export function useLinkActions(): { allow(url: string): void; retry(url: string): void } {
  const client = useQueryClient();
  const allow = useCallback((url: string) => pageLinkConsent.grant(url), []);
  const retry = useCallback(
    (url: string) => void client.refetchQueries({ queryKey: linkQuery(url).queryKey, exact: true }),
    [client],
  );
  return useMemo(() => ({ allow, retry }), [allow, retry]);
}
