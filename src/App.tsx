import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactElement,
} from 'react';
import { ExampleDataBanner } from './components/ExampleDataBanner';
import { ExampleSwitch } from './components/ExampleSwitch';
import { useExampleChoice } from './components/use-example-choice';
import { hasExampleData } from './data/dataset/dataset-presence';
import { FileDrop } from './components/FileDrop';
import { FilePicker } from './components/FilePicker';
import { I18nProvider, useI18n } from './components/i18n-context';
import { createBusyFlag } from './components/busy-flag';
import { MainRegion, ViewBusyProvider } from './components/view-busy';
import { useImportAnnouncement } from './components/import-announcement';
import { Announce, LiveStatus, useAnnouncer } from './components/LiveStatus';
import { PageTitleSink, useTitleSink } from './components/page-title';
import { ImportSummaryButton, ImportSummaryPanel } from './components/ImportSummary';
import { ViewNav } from './components/ViewNav';
import { OtherSourcesBanner } from './components/OtherSourcesBanner';
import { useWorkspace } from './components/use-workspace';
import { WorkspaceContext } from './components/workspace-context';
import { linkName } from './app/link-name';
import type { Dataset } from './data/dataset/dataset';
import { importProgress } from './app/import-progress';
import { datasetQuery, showsExampleFirst } from './app/queries';
import { admitFiles } from './app/file-limit';
import { storeReadTimeoutMs } from './app/workspace-store';
import { LinkStatusBar } from './components/LinkStatus';
import { RefusedFiles, SkippedFiles, useSkippedSources } from './components/LoadNotices';
import { useLinkActions, useLinkLoads } from './components/use-link-loads';
import { atCountyLevel, MAX_LINKS, type UrlState } from './state/url-state';
import { useUrlState } from './state/use-url-state';
import { useShownDataset, useShownState } from './state/use-shown-state';
import { CompareView } from './views/CompareView';
import { IndicatorView } from './views/IndicatorView';
import { OverviewView } from './views/OverviewView';
import { QuestionsView } from './views/QuestionsView';
import { indicatorFiles, ownFiles } from './views/panel-files';
import { PanelBoundary } from './components/PanelBoundary';
import { SourcesOpener } from './components/sources-opener';
import type { MessageKey } from './i18n/dictionary';

/** The sources panel (with the column mapping and the whole import pipeline it uses) loads when opened. */
const SourcesPanel = lazy(() =>
  import('./components/SourcesPanel').then((m) => ({ default: m.SourcesPanel })),
);
/** The Finansiering view and its ledger summaries load when the view is first opened. */
const FinanceView = lazy(() => import('./views/FinanceView').then((m) => ({ default: m.FinanceView })));
/** The Strategi view and its editor load when the view is first opened. */
const StrategyView = lazy(() => import('./views/StrategyView').then((m) => ({ default: m.StrategyView })));
/** Mötesläge loads when first opened. */
const MeetingView = lazy(() => import('./views/MeetingView').then((m) => ({ default: m.MeetingView })));
/** Ledningsunderlag loads when first opened. */
const BriefingView = lazy(() => import('./views/BriefingView').then((m) => ({ default: m.BriefingView })));

function Progress(): ReactElement | null {
  const { t } = useI18n();
  const share = useSyncExternalStore(importProgress.subscribe, importProgress.get, importProgress.get);
  if (share === null) return null;
  const percent = Math.round(share * 100);
  return (
    <div className="progress" role="status" aria-live="polite">
      <progress max={100} value={percent} aria-label={t('loading')} />
      <span>{t('loadingProgress', { percent })}</span>
    </div>
  );
}

function LoadingView(): ReactElement {
  const { t } = useI18n();
  return <p role="status">{t('loading')}</p>;
}

/**
 * The view's root carries `data-view` once its code has loaded and it has rendered: with `main`'s
 * `aria-busy` and each chart's `data-drawn`, what the end-to-end tests (and the bench) wait on.
 */
const CurrentView = memo(function CurrentView({
  onOpenSources,
  ...props
}: {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
  /** Opens Källor: what a failed view or panel offers, to remove or replace a file. */
  readonly onOpenSources: () => void;
}): ReactElement {
  const { t } = useI18n();
  const { dataset, state } = props;
  const view = state.view;
  // A view that throws while drawing shows why in its place; the header, the nav and Källor stay.
  return (
    <SourcesOpener.Provider value={onOpenSources}>
      <Suspense fallback={<LoadingView />}>
        <div className="view-root" data-view={view}>
          <PanelBoundary
            name={t('boundaryView', { view: t(VIEW_NAMES[view]) })}
            files={() =>
              view === 'indikator' && state.indicator
                ? indicatorFiles(dataset, state.indicator)
                : ownFiles(dataset)
            }
            resetKeys={[dataset, state]}
          >
            <ViewBody {...props} />
          </PanelBoundary>
        </div>
      </Suspense>
    </SourcesOpener.Provider>
  );
});

const VIEW_NAMES: Readonly<Record<UrlState['view'], MessageKey>> = {
  lan: 'viewLan',
  indikator: 'viewIndikator',
  jamfor: 'viewJamfor',
  fragor: 'viewFragor',
  finansiering: 'viewFinansiering',
  strategi: 'viewStrategi',
  mote: 'viewMote',
  underlag: 'viewUnderlag',
};

function ViewBody({
  dataset,
  state,
  onChange,
}: {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}): ReactElement {
  // Län, Indikator and Jämför read the kommun level; the others see a kommun's county.
  const county = useMemo(() => atCountyLevel(state), [state]);
  switch (state.view) {
    case 'lan':
      return <OverviewView dataset={dataset} state={state} onChange={onChange} />;
    case 'indikator':
      return <IndicatorView dataset={dataset} state={state} onChange={onChange} />;
    case 'jamfor':
      return <CompareView dataset={dataset} state={state} onChange={onChange} />;
    case 'fragor':
      return <QuestionsView dataset={dataset} state={county} onChange={onChange} />;
    case 'finansiering':
      return <FinanceView dataset={dataset} state={county} onChange={onChange} />;
    case 'strategi':
      return <StrategyView dataset={dataset} />;
    case 'mote':
      return <MeetingView dataset={dataset} state={county} onChange={onChange} />;
    case 'underlag':
      return <BriefingView dataset={dataset} state={county} onChange={onChange} />;
  }
}

function Dashboard(): ReactElement {
  const { t, lang } = useI18n();
  const [state, update] = useUrlState();
  const { shown, switching } = useShownState(state);
  const api = useWorkspace();
  const example = useExampleChoice(state, update, api);
  // Links load beside the rest: the dataset takes those that came, and never waits for the others.
  const links = useLinkLoads(state.links);
  const linkActions = useLinkActions();
  const skipped = useSkippedSources(api.workspace.sources);
  const query = useQuery({
    ...datasetQuery(
      api.workspace,
      links.arrived,
      skipped.map((s) => s.id),
      example.show,
    ),
    // The build's dataset of the example data may come before the workspace is read (queries.ts).
    enabled: api.ready || showsExampleFirst(),
  });
  const imported = query.data;
  // A link that failed is reported like a file, without a new import.
  const latest = useMemo(
    () =>
      imported && links.failures.length > 0
        ? { ...imported, reports: [...imported.reports, ...links.failures] }
        : imported,
    [imported, links.failures],
  );
  // What the page shows: the view, the import summary and the banners change together, once the
  // view has been drawn with the new dataset.
  const drawn = useShownDataset(latest);
  const dataset = drawn.shownDataset;
  // The views see a change of the workspace (a file added, a target saved) in a render React may
  // cut into slices, as they see a new dataset: Indikator reads the workspace, and drawing it again
  // at once held the main thread 40–70 ms when a file was added. Changes are made on the workspace
  // as it is in the query at that moment (use-workspace.ts: current), never on the one drawn.
  const shownApi = useDeferredValue(api);
  const [panel, setPanel] = useState<'summary' | 'sources' | undefined>(undefined);
  const summaryId = useId();
  const sourcesId = useId();
  const summaryButton = useRef<HTMLButtonElement>(null);
  const sourcesButton = useRef<HTMLButtonElement>(null);
  // The same function from render to render: a new one would make React look for every consumer of
  // SourcesOpener (a boundary per card) under two thousand cards at each change of the link.
  const openSources = useCallback(() => setPanel('sources'), []);
  const closePanel = (): void => {
    (panel === 'sources' ? sourcesButton : summaryButton).current?.focus();
    setPanel(undefined);
  };
  const { message, announce } = useAnnouncer();
  const [viewBusy] = useState(createBusyFlag);
  const titleSink = useTitleSink(shown.view, announce, t);
  const noteAdded = useImportAnnouncement(
    { dataset, fetching: query.isFetching, failed: query.isError },
    announce,
    t,
    lang,
  );
  const addFiles = useCallback(
    (files: File[]) => {
      // A file over the size limit is refused before it is read, and named; the others go on.
      const admitted = admitFiles(files);
      if (admitted.length === 0) return;
      noteAdded(admitted);
      api.addFiles(admitted);
    },
    [api, noteAdded],
  );
  const otherSources = [...api.workspace.sources.map((s) => s.name), ...state.links.map(linkName)];

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <LiveStatus message={message} />
      <header className="app-header">
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <p className="tagline">{t('appTagline')}</p>
        </div>
        <div className="header-actions">
          <FilePicker onFiles={addFiles} />
          <button
            ref={sourcesButton}
            type="button"
            className="summary-toggle"
            aria-expanded={panel === 'sources'}
            aria-controls={sourcesId}
            onClick={() => setPanel((p) => (p === 'sources' ? undefined : 'sources'))}
            data-testid="sources-toggle"
          >
            <span className="summary-title">{t('sourcesTitle')}</span>
            <span className="summary-counts">
              {otherSources.length === 1
                ? t('sourcesCountOne')
                : t('sourcesCount', { count: otherSources.length })}
            </span>
          </button>
          {dataset ? (
            <ImportSummaryButton
              reports={dataset.reports}
              open={panel === 'summary'}
              panelId={summaryId}
              onToggle={() => setPanel((p) => (p === 'summary' ? undefined : 'summary'))}
              buttonRef={summaryButton}
            />
          ) : null}
          <ExampleSwitch on={example.show} onChange={example.choose} />
          <button
            type="button"
            className="lang-toggle"
            lang={lang === 'sv' ? 'en' : 'sv'}
            onClick={() => update({ lang: lang === 'sv' ? 'en' : 'sv' })}
            data-testid="lang-toggle"
          >
            {t('languageToggle')}
          </button>
        </div>
      </header>
      <ViewNav state={state} shownView={shown.view} onChange={update} />
      <ExampleDataBanner dataset={dataset} />
      <OtherSourcesBanner names={otherSources} besideExample={!dataset || hasExampleData(dataset)} />
      <LinkStatusBar
        loads={links.loads}
        onAllow={linkActions.allow}
        onDecline={(url) => update({ links: state.links.filter((l) => l !== url) })}
        onRetry={linkActions.retry}
      />
      {api.storageProblem ? (
        <p className="storage-banner" role="status" data-testid="storage-problem">
          {api.storageProblem.kind === 'timeout' && !api.persistent
            ? t('storeTimeout', { seconds: storeReadTimeoutMs() / 1000 })
            : t('storageNotKept')}
        </p>
      ) : null}
      <SkippedFiles skipped={skipped} onRemove={(id) => api.removeSource(id)} />
      <RefusedFiles />
      {dataset && panel === 'summary' ? (
        <ImportSummaryPanel reports={dataset.reports} id={summaryId} onClose={closePanel} />
      ) : null}
      {panel === 'sources' ? (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <SourcesPanel
            api={api}
            reports={dataset?.reports ?? []}
            links={state.links}
            onRemoveLink={(url) => update({ links: state.links.filter((l) => l !== url) })}
            onAddLink={(url) =>
              update({ links: [...state.links.filter((l) => l !== url), url].slice(-MAX_LINKS) })
            }
            onClose={closePanel}
            id={sourcesId}
          />
        </Suspense>
      ) : null}
      <FileDrop onFiles={addFiles} />
      {/* Busy until the workspace is read and the data imported (and while a new import runs,
          the next view is on its way or the view is drawing the selection just made: view-busy.tsx).
          The example data may be shown before the workspace is read (queries.ts: startFirstLoad):
          the page is busy until it is. */}
      <MainRegion
        flag={viewBusy}
        busy={
          query.isFetching ||
          (!dataset && !query.isError) ||
          !api.ready ||
          switching ||
          drawn.switching ||
          shownApi !== api
        }
      >
        <Progress />
        {query.isError && !dataset ? (
          <div role="alert" className="error-box">
            <p>{t('loadFailed')}</p>
            <button type="button" onClick={() => void query.refetch()}>
              {t('retry')}
            </button>
          </div>
        ) : null}
        {dataset ? (
          <WorkspaceContext.Provider value={shownApi}>
            <PageTitleSink.Provider value={titleSink}>
              <Announce.Provider value={announce}>
                <ViewBusyProvider value={viewBusy}>
                  <CurrentView
                    dataset={dataset}
                    state={shown}
                    onChange={update}
                    onOpenSources={openSources}
                  />
                </ViewBusyProvider>
              </Announce.Provider>
            </PageTitleSink.Provider>
          </WorkspaceContext.Provider>
        ) : query.isPending ? (
          <p role="status">{t('loading')}</p>
        ) : null}
      </MainRegion>
      <footer className="app-footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}

function LanguageRoot(): ReactElement {
  const [state] = useUrlState();
  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);
  return (
    <I18nProvider lang={state.lang}>
      <Dashboard />
    </I18nProvider>
  );
}

export function App({ queryClient }: { readonly queryClient: QueryClient }): ReactElement {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageRoot />
    </QueryClientProvider>
  );
}
