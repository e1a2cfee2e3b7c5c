// The home page (#/): open tasks, the counsellor's and team lead's overview of their work (tasks
// due soon or overdue, families with a recent critical moment, reports waiting for them), dashboard
// extensions, and a word for users without pages.
import { optional, withQuery } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { extensionsFor, getUser, hasRole, titleOf } from '../lib/extensions.js';
import { centreDate, formatDate, formatNumber, t, tEnum } from '../lib/i18n.js';
import { ShellElement } from '../lib/page.js';
import { slotMounter } from '../lib/slot.js';
import { navHash } from '../shell/nav.js';

class HomePage extends ShellElement {
  #mount = slotMounter();
  #dashboard = h('div', { class: 'dashboard' });
  #intro = h('div');

  extensionsChanged() {
    this.#renderExtensions();
  }

  async render(signal) {
    const tasks = h('p', { class: 'muted' });
    const overview = hasRole('counsellor', 'team-lead') ? h('div', { class: 'overview', testid: 'overview' }) : null;
    replace(
      this,
      h('h1', { tabindex: '-1' }, t('home.welcome', { user: getUser()?.user ?? '' })),
      this.#intro,
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'home-tasks' },
        h('h2', { id: 'home-tasks' }, t('home.tasks')),
        tasks,
      ),
      overview,
      this.#dashboard,
    );
    this.#renderExtensions();
    // Only users who have the task inbox have tasks; others would just get a 403. One call gives
    // the count and, for the overview, the tasks themselves.
    const tasksPage = extensionsFor('nav').find((item) => item.element === 'sp-tasks-page');
    const open =
      tasksPage || overview
        ? optional(withQuery('/api/v1/tasks', { limit: overview ? 200 : 1 }), { signal }).catch(() => null)
        : Promise.resolve(null);
    if (overview) this.#renderOverview(overview, open, signal);
    const page = tasksPage ? await open : null;
    if (!page) {
      tasks.closest('section').remove();
      return;
    }
    replace(
      tasks,
      h('span', { class: 'big-number', testid: 'open-tasks-count' }, formatNumber(page.total)),
      ' ',
      t('home.openTasks', { count: page.total }),
      tasksPage ? [' ', h('a', { href: navHash(tasksPage) }, t('home.toTasks'))] : null,
    );
    tasks.classList.remove('muted');
  }

  /**
   * The work waiting: a counsellor's own tasks (a team lead's: every task of their teams) due within
   * a week or overdue; families whose last critical moment is at most 30 days old; reports to
   * consult the parents on (DRAFT) or to close (ACKNOWLEDGED). What the user may see is what the
   * API gives them: a team lead's lists cover their teams.
   */
  async #renderOverview(overview, openTasks, signal) {
    const today = centreDate();
    const week = centreDate(7);
    const month = Date.now() - 30 * 86400000;
    const me = getUser()?.user;
    const teamLead = hasRole('team-lead');
    const [tasks, families, drafts, acknowledged] = await Promise.all([
      openTasks,
      optional(withQuery('/api/v1/families', { limit: 200 }), { signal }).catch(() => null),
      optional(withQuery('/api/v1/reports', { state: 'DRAFT', limit: 50 }), { signal }).catch(() => null),
      optional(withQuery('/api/v1/reports', { state: 'ACKNOWLEDGED', limit: 50 }), { signal }).catch(() => null),
    ]);
    const due = (tasks?.items ?? []).filter(
      (task) => task.due <= week && (teamLead || (task.owner.kind === 'STAFF' && task.owner.name === me)),
    );
    const critical = (families?.items ?? [])
      .filter((f) => f.lastCriticalMoment && Date.parse(f.lastCriticalMoment) >= month)
      .sort((a, b) => b.lastCriticalMoment.localeCompare(a.lastCriticalMoment));
    const waiting = [...(drafts?.items ?? []), ...(acknowledged?.items ?? [])];
    const section = (id, title, items, empty) =>
      h(
        'section',
        { class: 'card', 'aria-labelledby': id, testid: id },
        h('h2', { id }, title),
        items.length ? h('ul', { class: 'plain-list' }, items) : h('p', { class: 'muted' }, empty),
      );
    replace(
      overview,
      section(
        'overview-tasks',
        t('overview.tasks'),
        due.map((task) =>
          h(
            'li',
            { testid: 'overview-task' },
            task.title,
            ' · ',
            h(
              'span',
              { class: task.due < today ? 'overdue' : null },
              formatDate(task.due),
              task.due < today ? ` (${t('task.overdue')})` : '',
            ),
          ),
        ),
        t('overview.noTasks'),
      ),
      section(
        'overview-critical',
        t('overview.critical'),
        critical.map((f) =>
          h(
            'li',
            { testid: 'overview-critical-family' },
            h('a', { href: `#/families/${encodeURIComponent(f.id)}` }, f.reference),
            ' · ',
            t('families.criticalOn', { date: formatDate(f.lastCriticalMoment) }),
          ),
        ),
        t('overview.noCritical'),
      ),
      section(
        'overview-reports',
        t('overview.reports'),
        waiting.map((r) =>
          h(
            'li',
            { testid: 'overview-report' },
            h('a', { href: `#/reports/${encodeURIComponent(r.id)}` }, tEnum('reportReason', r.reason)),
            ' · ',
            r.state === 'DRAFT' ? t('overview.toConsult') : t('overview.toClose'),
          ),
        ),
        t('overview.noReports'),
      ),
    );
  }

  #renderExtensions() {
    const pages = extensionsFor('nav');
    let intro = null;
    if (pages.length === 0) {
      const text = hasRole('operator') ? 'home.operator' : hasRole('evaluator') ? 'home.evaluator' : 'home.noPages';
      intro = h('p', { class: 'notice', testid: 'no-pages' }, t(text));
    }
    replace(this.#intro, intro);
    const mounted = this.#mount(extensionsFor('dashboard'));
    replace(
      this.#dashboard,
      mounted.map(({ item, container }) =>
        h(
          'section',
          { class: 'card', dataset: { testid: `dashboard-${item.id}` } },
          h('h2', {}, titleOf(item)),
          container,
        ),
      ),
    );
  }
}

customElements.define('sp-home-page', HomePage);
