import {
  keepPreviousData,
  useIsFetching,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useMemo,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';

import { eventQueries, partyQueries } from '@/api/event-queries';
import { toEventListParams } from '@/api/events';
import { ErrorBoundary } from '@/components/error-boundary';
import { SegmentedChoice } from '@/components/segmented-choice';
import { ErrorMessage, Spinner } from '@/components/status';
import { useIsHydrated } from '@/components/use-is-hydrated';
import type { EventSummary, PartyWithCount } from '@/domain/event';
import { activeFilterCount, type Filters, NO_FILTERS } from '@/domain/filters';
import { type ViewMode, VIEW_MODES } from '@/domain/view-state';
import { ActiveFilters } from '@/features/filters/active-filters';
import { DroppedParamsNotice } from '@/features/filters/dropped-params-notice';
import { FilterPanel } from '@/features/filters/filter-panel';
import { FilterSheet } from '@/features/filters/filter-sheet';
import { toggleValue } from '@/features/filters/toggle-value';
import { EventList } from '@/features/event-list/event-list';
import { AddToCalendarButton } from '@/features/export/add-to-calendar-button';
import { ExportMenu } from '@/features/export/export-menu';
import { CopyLinkButton } from '@/features/share/copy-link-button';
import { TimelinePanel } from '@/features/timeline/timeline-panel';
import { usePartyName } from '@/i18n/use-party-name';

import { EventsStatus } from './events-status';
import { COUNT_ALL } from './first-view';
import { MorePanels } from './more-panels';
import { isPageData } from './page-data';
import { useAfterFirstView } from './use-after-first-view';
import { useMediaQuery } from './use-media-query';
import { usePageFailure } from './use-page-failure';
import { useRefresh } from './use-refresh';
import { useSelection } from './use-selection';
import { useViewState } from './use-view-state';

// The drill-down, in a chunk of its own: loaded when an event is opened.
const EventDetailPanel = lazy(() =>
  import('@/features/event-detail/event-detail-panel').then((module) => ({
    default: module.EventDetailPanel,
  })),
);

/** Below this width the filters open as a sheet: app.css's same breakpoint. */
const NARROW_SCREEN = 'screen and (max-width: 1023.98px)';

const VIEW_LABELS = {
  timeline: 'dashboard.viewTimeline',
  list: 'dashboard.viewList',
} as const satisfies Record<ViewMode, string>;

const NO_EVENTS: EventSummary[] = [];
const NO_PARTIES: ReadonlyMap<string, PartyWithCount> = new Map();

/** The page at `/` and `/events/:id`: filters, timeline, selection, list. */
export function Dashboard() {
  const { t } = useTranslation();
  const { view, notice, setView, setWindow, dismissNotice } = useViewState();
  const { filters } = view;
  const setFilters = (next: Filters) => {
    setView({ ...view, filters: next });
  };
  const { selectedId, select, close } = useSelection();
  const params = useMemo(() => toEventListParams(filters), [filters]);
  const events = useQuery({
    ...eventQueries.list(params),
    placeholderData: keepPreviousData,
  });
  const everything = useQuery(eventQueries.list(COUNT_ALL));
  const partiesByCode = useQuery(partyQueries.byCode()).data ?? NO_PARTIES;
  const nameOf = usePartyName(partiesByCode);
  const failure = usePageFailure();
  const { isRefreshing, refresh } = useRefresh(events.isFetching);
  // The page's data still on its way for the first time: the timeline's
  // slice, above all.
  const isFirstLoading =
    useIsFetching({
      predicate: (query) =>
        isPageData(query) && query.state.status === 'pending',
    }) > 0;
  const isNarrow = useMediaQuery(NARROW_SCREEN);
  const isHydrated = useIsHydrated();
  // Prerendered, the screen is not known: the page has the sidebar and the
  // sheet's button, and app.css shows the one that fits it.
  const hasSidebar = !isHydrated || !isNarrow;
  const hasSheet = !isHydrated || isNarrow;

  const queryClient = useQueryClient();
  const preview = useCallback(
    (id: string) => {
      // A failed prefetch is not an error to show: opening the event retries.
      queryClient.query(eventQueries.detail(id)).catch(() => undefined);
    },
    [queryClient],
  );

  const items = events.data?.items ?? NO_EVENTS;
  // The table (hundreds of rows) renders after the timeline is drawn; in a
  // prerendered page it is already there.
  const tableItems = useDeferredValue(items, isHydrated ? NO_EVENTS : items);
  const opened = items.find((event) => event.id === selectedId);
  // Once the first view has settled (drawn, or failed and said so), the
  // table and the timeline's drawing included: the map's atlas and the
  // mock's code never compete with it.
  const [isDrawn, setIsDrawn] = useState(false);
  const onDrawn = useCallback(() => {
    setIsDrawn(true);
  }, []);
  const isTimelineSettled =
    isDrawn ||
    view.view !== 'timeline' ||
    failure !== null ||
    events.data?.total === 0;
  // Once: a timeline drawn again later (back from the table) hides nothing.
  const [hasSettled, setHasSettled] = useState(false);
  if (isTimelineSettled && !hasSettled) setHasSettled(true);
  const isMoreShown = useAfterFirstView(
    !events.isPending &&
      tableItems === items &&
      !isFirstLoading &&
      isTimelineSettled,
  );
  const filterPanel = (
    <FilterPanel
      filters={filters}
      facets={events.data?.facets}
      parties={partiesByCode}
      onChange={setFilters}
    />
  );
  return (
    <div
      className={
        hasSettled ? 'tt-dashboard' : 'tt-dashboard tt-dashboard--drawing'
      }
    >
      <DroppedParamsNotice dropped={notice} onDismiss={dismissNotice} />
      <p className="tt-visually-hidden" aria-live="polite">
        {opened ? t('dashboard.opened', { title: opened.title }) : ''}
      </p>
      {hasSidebar ? (
        <div className="tt-dashboard__filters">{filterPanel}</div>
      ) : null}
      <section
        className="tt-dashboard__timeline"
        aria-labelledby="events-heading"
        aria-busy={isRefreshing}
      >
        <h2 id="events-heading" className="tt-section-title">
          {t('dashboard.events')}
        </h2>
        <div className="tt-view-bar">
          {hasSheet ? (
            <FilterSheet activeCount={activeFilterCount(filters)}>
              {isHydrated ? filterPanel : null}
            </FilterSheet>
          ) : null}
          <ActiveFilters
            filters={filters}
            shown={events.data?.total}
            total={everything.data?.total}
            isUnavailable={events.isError}
            nameOf={nameOf}
            onChange={setFilters}
          />
          <div className="tt-view-bar__actions">
            <button type="button" onClick={refresh} disabled={isRefreshing}>
              {isRefreshing
                ? t('dashboard.refreshing')
                : t('dashboard.refresh')}
            </button>
            <CopyLinkButton />
            {/* A new filter starts afresh: an export of the old one is
                cancelled, and its message would no longer be true. */}
            <ExportMenu key={JSON.stringify(params)} params={params} />
          </div>
          <SegmentedChoice
            label={t('dashboard.show')}
            name="view"
            options={VIEW_MODES.map((value) => ({
              value,
              label: t(VIEW_LABELS[value]),
            }))}
            value={view.view}
            onChange={(mode) => {
              setView({ ...view, view: mode });
            }}
          />
        </div>
        {failure ? (
          <ErrorMessage
            // With the events on screen, what failed is a refresh (or the
            // timeline's next window, drawn over the last one meanwhile).
            title={
              events.data === undefined
                ? t('dashboard.loadFailed')
                : t('dashboard.refreshFailed')
            }
            error={failure.error}
            onRetry={failure.retry}
            isRetrying={failure.isRetrying}
          />
        ) : null}
        {view.view === 'timeline' ? (
          <TimelinePanel
            filters={filters}
            viewWindow={view.window}
            onWindowChange={setWindow}
            lanes={view.lanes}
            onLanesChange={(lanes) => {
              setView({ ...view, lanes });
            }}
            nameOf={nameOf}
            selectedId={selectedId}
            onSelect={select}
            onPreview={preview}
            onDrawn={onDrawn}
          />
        ) : null}
        <EventsStatus
          events={events}
          onClearFilters={() => {
            setFilters(NO_FILTERS);
          }}
        />
        {selectedId === null ? (
          <p className="tt-detail-hint">{t('detail.idle')}</p>
        ) : null}
      </section>
      {selectedId === null ? null : (
        <aside
          className="tt-dashboard__detail"
          aria-label={t('detail.panelLabel')}
        >
          {/* Its chunk failing to load fails the panel, not the page. */}
          <ErrorBoundary>
            <Suspense fallback={<Spinner label={t('detail.loading')} />}>
              <EventDetailPanel
                selectedId={selectedId}
                events={items}
                parties={partiesByCode}
                onSelect={select}
                onClose={close}
                renderActions={(event) => <AddToCalendarButton event={event} />}
              />
            </Suspense>
          </ErrorBoundary>
        </aside>
      )}
      {tableItems.length > 0 ? (
        <section
          className="tt-dashboard__list"
          aria-label={t('dashboard.asTable')}
        >
          <EventList
            events={tableItems}
            parties={partiesByCode}
            selectedId={selectedId}
            onSelect={select}
            onPreview={preview}
          />
        </section>
      ) : null}
      {isMoreShown ? (
        <MorePanels
          facets={events.data?.facets.party}
          parties={partiesByCode}
          selected={filters.party}
          onToggle={(code) => {
            setFilters({ ...filters, party: toggleValue(filters.party, code) });
          }}
        />
      ) : null}
    </div>
  );
}
