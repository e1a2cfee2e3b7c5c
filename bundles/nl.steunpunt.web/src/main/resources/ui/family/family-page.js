// The family page (#/families/<id>[/<tab>]). It opens with the family's case file (the family,
// its members, its trajectory); the trajectory's parts are loaded each on their own: a part the
// user may not have (403/404) is simply not shown. Only a missing family is a "not found".
import { ApiError, api, optional, withQuery } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { extensionsFor, hasRole, titleOf } from '../lib/extensions.js';
import { t } from '../lib/i18n.js';
import { municipalities } from '../lib/municipalities.js';
import { familyPaths } from '../lib/paths.js';
import { ShellElement, loading } from '../lib/page.js';
import { slotMounter } from '../lib/slot.js';
import { Tabs } from '../lib/tabs.js';
import { openBreakGlass } from '../shell/break-glass.js';
import { taskList } from '../components/task-list.js';
import { familyHeader } from './header.js';
import { MEMBER_NAME_TIMING, membersTab } from './members.js';
import { notesTab } from './notes.js';
import { reportsTab } from './reports.js';
import { EVENTS_PAGE, timelineTab } from './timeline.js';
import { trajectoryTab } from './trajectory.js';

const TAB_NAME = /^[a-z0-9-]+$/;

/**
 * Resolves once the members' names are on the screen: when the browser reports that it has shown
 * one (Element Timing). The main thread's part of a frame is done long before that: the tiles are
 * drawn and the frame is shown by other threads and processes, which the next requests would
 * compete with. Without members, or where the browser does not report it, after the next frame;
 * in any case after 250 ms (a hidden tab shows nothing).
 */
function membersOnScreen(members) {
  return new Promise((resolve) => {
    let observer = null;
    const done = () => {
      observer?.disconnect();
      window.clearTimeout(timer);
      resolve();
    };
    const timer = window.setTimeout(done, 250);
    if (members?.length && PerformanceObserver.supportedEntryTypes?.includes('element')) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.identifier === MEMBER_NAME_TIMING)) done();
      });
      observer.observe({ type: 'element' });
    } else {
      requestAnimationFrame(() => window.setTimeout(done, 0));
    }
  });
}

class FamilyPage extends ShellElement {
  familyId = null;
  initialTab = null;
  #tabs = null;
  #chosen = null; // a tab the user selected while the page was still loading
  #builtin = [];
  #mount = null;

  extensionsChanged() {
    this.#setTabs();
  }

  async render(signal) {
    replace(this, loading());
    const selected = this.#tabs?.selected ?? this.initialTab;
    // The members tab (the first) is shown as soon as the family, its members and its trajectory
    // are in; the tabs of the trajectory's parts follow. A page opened at another tab waits for
    // all, so it never shows a tab it then leaves.
    const early = !selected || selected === 'members';
    let membersShown = () => {};
    const shown = early ? new Promise((resolve) => (membersShown = resolve)) : null;
    // All at once (the first page of the shell finds them started by the boot script, boot.js).
    // The trajectory's parts once its id is known and, on the members tab, once the members are
    // on the screen: their six requests would otherwise compete with that first paint for the
    // browser's connections and the machine's cores.
    // The case file: the family, the members the user may see and the trajectory (absent for a
    // user who never sees trajectories) in one request, one transaction on the server.
    const caseCall = api(familyPaths(this.familyId).caseFile, { signal });
    const namesCall = municipalities();
    const partsCall = caseCall.then(async (file) => {
      if (!file.trajectory) return {};
      await shown;
      return this.#trajectoryParts(file.trajectory.id, signal);
    });
    partsCall.catch(() => {}); // awaited below
    let family;
    let trajectory;
    let members;
    let names;
    try {
      let file;
      [file, names] = await Promise.all([caseCall, namesCall]);
      ({ family, members } = file);
      trajectory = file.trajectory ?? null;
    } catch (error) {
      membersShown(); // nothing will be shown: the parts need not wait (they are not used)
      if (error instanceof ApiError && (error.status === 404 || error.status === 403))
        return this.#notFound(error.status);
      throw error;
    }
    this.#chosen = null;
    this.#mount = this.#mount ?? slotMounter({ familyId: family.id });
    this.#tabs = new Tabs({
      label: t('family.tabsLabel'),
      onSelect: (name) => this.#remember(name),
      empty: () => h('div', { class: 'notice', testid: 'page-unavailable' }, h('p', {}, t('unavailable.tab'))),
    });
    document.title = `${t('family.heading', { reference: family.reference })} · ${t('app.name')}`;
    const page = () => replace(this, familyHeader(family, trajectory, names), this.#tabs.root);
    if (early) {
      this.#builtin = this.#builtinTabs(family, trajectory, members, null);
      page();
      this.#setTabs(selected);
      this.setAttribute('aria-busy', 'true'); // the other tabs are on their way
      performance.mark('sp-family-members'); // User Timing, for the benchmark and for diagnosis
      membersOnScreen(members).then(membersShown);
    }
    let parts;
    try {
      parts = await partsCall;
    } finally {
      this.removeAttribute('aria-busy');
    }
    if (signal.aborted) return;
    this.#builtin = this.#builtinTabs(family, trajectory, members, parts);
    if (!early) page();
    this.#setTabs(this.#chosen ?? selected);
    performance.mark('sp-family-complete');
  }

  /** The shell's own tabs; `parts` is null while the trajectory's parts are still on their way. */
  #builtinTabs(family, trajectory, members, parts) {
    const memberNames = new Map((members ?? []).map((m) => [m.id, m.givenName]));
    const refresh = () => this.refresh();
    const canChange = hasRole('counsellor', 'team-lead');
    return [
      members && {
        name: 'members',
        label: t('tab.members'),
        content: () =>
          membersTab(members, {
            familyId: family.id,
            canChange,
            onChange: refresh,
          }),
      },
      parts &&
        trajectory && {
          name: 'trajectory',
          label: t('tab.trajectory'),
          content: () =>
            trajectoryTab(trajectory, parts.team, family, {
              referrals: parts.referrals,
              familyMembers: members,
              onChange: refresh,
              canChange,
            }),
        },
      parts?.events && {
        name: 'timeline',
        label: t('tab.timeline'),
        content: () =>
          timelineTab(trajectory.id, parts.events, memberNames, {
            familyId: family.id,
            members: members ?? [],
            canRecord: canChange,
            onChange: refresh,
          }),
      },
      parts?.tasks && {
        name: 'tasks',
        label: t('tab.tasks'),
        content: () => taskList(parts.tasks, { caption: t('tab.tasks'), onChange: refresh }),
      },
      parts?.notes && {
        name: 'notes',
        label: t('tab.notes'),
        content: () => notesTab(trajectory.id, parts.notes, refresh),
      },
      parts?.reports && {
        name: 'reports',
        label: t('tab.reports'),
        content: () => reportsTab(parts.reports, memberNames),
      },
    ].filter(Boolean);
  }

  async #trajectoryParts(trajectoryId, signal) {
    const tid = encodeURIComponent(trajectoryId);
    const [team, events, notes, reports, tasks, referrals] = await Promise.all([
      optional(`/api/v1/trajectories/${tid}/team`, { signal }),
      optional(withQuery(`/api/v1/trajectories/${tid}/events`, { offset: 0, limit: EVENTS_PAGE }), { signal }).catch(
        () => null,
      ),
      optional(withQuery(`/api/v1/trajectories/${tid}/notes`, { limit: 50 }), { signal }).catch(() => null),
      optional(`/api/v1/trajectories/${tid}/reports`, { signal }).catch(() => null),
      optional(withQuery(`/api/v1/trajectories/${tid}/tasks`, { limit: 200 }), { signal })
        .then((page) => page?.items ?? null)
        .catch(() => null),
      optional(`/api/v1/trajectories/${tid}/referrals`, { signal }).catch(() => null),
    ]);
    return { team, events, notes, reports, tasks, referrals };
  }

  #setTabs(preferred) {
    if (!this.#tabs) return;
    const extensionTabs = this.#mount(extensionsFor('family-tab')).map(({ item, container }) => ({
      name: `x-${item.id}`,
      testid: `tab-${item.id}`,
      label: titleOf(item),
      content: () => container,
    }));
    this.#tabs.set([...this.#builtin, ...extensionTabs], preferred);
  }

  /** The selected tab goes into the address (without a new history entry or a new routing). */
  #remember(name) {
    if (!TAB_NAME.test(name)) return;
    this.#chosen = name;
    window.history.replaceState(null, '', `#/families/${encodeURIComponent(this.familyId)}/${name}`);
  }

  #notFound(status) {
    const canBreakGlass = status === 404 && hasRole('counsellor', 'team-lead');
    replace(
      this,
      h('h1', { tabindex: '-1' }, t('family.notFoundTitle')),
      h(
        'div',
        { class: 'notice', testid: 'family-not-found' },
        h('p', {}, t('family.notFoundText')),
        canBreakGlass
          ? [
              h('p', {}, t('family.breakGlassHint')),
              h(
                'button',
                {
                  type: 'button',
                  class: 'warning',
                  testid: 'break-glass-family',
                  onclick: () => openBreakGlass({ familyId: this.familyId }),
                },
                t('breakGlass.openThis'),
              ),
            ]
          : null,
      ),
    );
  }
}

customElements.define('sp-family-page', FamilyPage);
