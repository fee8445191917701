import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient, datasetQuery } from '../../src/app/queries';
import type { Dataset } from '../../src/data/dataset/dataset';
import { EMPTY_WORKSPACE } from '../../src/data/workspace/workspace';

describe('the dataset query', () => {
  it('lets go of a dataset no view shows at once, instead of keeping it beside the next one', async () => {
    const client = createQueryClient();
    const first = datasetQuery(EMPTY_WORKSPACE, [], [], true);
    const second = datasetQuery(EMPTY_WORKSPACE, [], [], false);
    // Datasets already in the cache, so that nothing is imported (there is no worker here).
    const shown = { reports: [] } as unknown as Dataset;
    for (const options of [first, second])
      client.getQueryCache().build(client, client.defaultQueryOptions(options)).setData(shown);
    const observer = new QueryObserver(client, first);
    const unsubscribe = observer.subscribe(() => undefined);
    expect(client.getQueryCache().find({ queryKey: first.queryKey })).toBeDefined();
    // The view moves on to the next dataset: the first has no observer left.
    observer.setOptions(second);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(client.getQueryCache().find({ queryKey: first.queryKey })).toBeUndefined();
    expect(client.getQueryCache().find({ queryKey: second.queryKey })).toBeDefined();
    unsubscribe();
  });
});
