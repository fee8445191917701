import { act, render, screen, waitFor } from '@testing-library/react';
import { useDeferredValue, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { createBusyFlag } from '../../src/components/busy-flag';
import { MainRegion, useDeferredBusy, useReportBusy, ViewBusyProvider } from '../../src/components/view-busy';
import { syncRoot } from '../support/sync-root';

/**
 * A view that draws a selection later (a deferred value) makes `main` busy in the commit that still
 * shows the old one, and not busy once it shows the new one; a view that goes away leaves it free.
 * Renders are committed with flushSync outside act(), so each commit can be read before React goes on.
 */
const { commit } = syncRoot();

function DeferredView({ region }: { readonly region: string }): ReactElement {
  const shown = useDeferredValue(region);
  useReportBusy(shown !== region);
  return <p data-testid="shown">{shown}</p>;
}

const flag = createBusyFlag();

function Page({ region, view = true, busy = false }: { region: string; view?: boolean; busy?: boolean }) {
  return (
    <MainRegion flag={flag} busy={busy}>
      <ViewBusyProvider value={flag}>{view ? <DeferredView region={region} /> : null}</ViewBusyProvider>
    </MainRegion>
  );
}

interface Choice {
  readonly region: string;
  readonly indicator: string;
}
const indicatorOf = (choice: Choice): string => choice.indicator;

/** Renders of IndicatorLikeView's content (a pass that renders the view renders it once). */
let renders = 0;

function ShownText({ text }: { readonly text: string }): ReactElement {
  renders++;
  return <p data-testid="shown">{text}</p>;
}

/** Defers a change of indicator only (as Indikator does): a change of region is drawn at once. */
function IndicatorLikeView({ choice }: { readonly choice: Choice }): ReactElement {
  const drawn = useDeferredBusy(choice, indicatorOf);
  return <ShownText text={`${drawn.region} ${drawn.indicator}`} />;
}

function ChoicePage({ choice }: { readonly choice: Choice }): ReactElement {
  return (
    <MainRegion flag={flag} busy={false}>
      <ViewBusyProvider value={flag}>
        <IndicatorLikeView choice={choice} />
      </ViewBusyProvider>
    </MainRegion>
  );
}

const mainBusy = (): string | null => screen.getByRole('main').getAttribute('aria-busy');
const shown = (): string => screen.getByTestId('shown').textContent ?? '';

describe('the view busy flag and main', () => {
  it('is busy while the view shows the old selection, free once it shows the new one', async () => {
    commit(<Page region="01" />);
    expect(mainBusy()).toBe('false');
    commit(<Page region="20" />);
    expect(shown()).toBe('01');
    expect(mainBusy()).toBe('true');
    await waitFor(() => expect(shown()).toBe('20'));
    expect(mainBusy()).toBe('false');
  });

  it('is free when the busy view goes away, and busy whenever the page itself says so', async () => {
    commit(<Page region="01" />);
    commit(<Page region="20" />);
    expect(mainBusy()).toBe('true');
    commit(<Page region="20" view={false} />);
    expect(mainBusy()).toBe('false');
    commit(<Page region="20" view={false} busy />);
    expect(mainBusy()).toBe('true');
  });

  it('defers only the changes the view asks to (useDeferredBusy with a test): others are drawn at once', async () => {
    commit(<ChoicePage choice={{ region: '01', indicator: 'a' }} />);
    commit(<ChoicePage choice={{ region: '01', indicator: 'b' }} />);
    expect(shown()).toBe('01 a');
    expect(mainBusy()).toBe('true');
    await waitFor(() => expect(shown()).toBe('01 b'));
    expect(mainBusy()).toBe('false');
    commit(<ChoicePage choice={{ region: '20', indicator: 'b' }} />);
    expect(shown()).toBe('20 b');
    expect(mainBusy()).toBe('false');
  });

  it('draws a change it does not defer in one render, with no deferred render after it', async () => {
    const view = render(<ChoicePage choice={{ region: '01', indicator: 'a' }} />);
    // act (in render and rerender) runs everything React has scheduled, deferred renders too.
    renders = 0;
    await act(async () => view.rerender(<ChoicePage choice={{ region: '20', indicator: 'a' }} />));
    expect(shown()).toBe('20 a');
    expect(renders).toBe(1);
    // A deferred change: the old indicator first, then the new one in a render of its own.
    renders = 0;
    await act(async () => view.rerender(<ChoicePage choice={{ region: '20', indicator: 'b' }} />));
    expect(shown()).toBe('20 b');
    expect(renders).toBe(2);
    view.unmount();
  });

  it('meanwhile draws the value drawn last, also when a change it does not defer comes in between', () => {
    commit(<ChoicePage choice={{ region: '01', indicator: 'a' }} />);
    commit(<ChoicePage choice={{ region: '01', indicator: 'b' }} />);
    expect(shown()).toBe('01 a');
    commit(<ChoicePage choice={{ region: '20', indicator: 'b' }} />);
    expect(shown()).toBe('01 a');
    expect(mainBusy()).toBe('true');
  });

  it('tells its listeners of a change only, and lets them go', () => {
    const own = createBusyFlag();
    const heard: boolean[] = [];
    const stop = own.subscribe(() => heard.push(own.get()));
    own.set(false);
    own.set(true);
    own.set(true);
    own.set(false);
    stop();
    own.set(true);
    expect(heard).toEqual([true, false]);
  });
});
