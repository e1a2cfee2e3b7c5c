// The home page (#/): open tasks, dashboard extensions, and a word for users without pages.
import { optional } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { extensionsFor, getUser, hasRole, titleOf } from '../lib/extensions.js';
import { formatNumber, t } from '../lib/i18n.js';
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
    replace(this,
      h('h1', { tabindex: '-1' }, t('home.welcome', { user: getUser()?.user ?? '' })),
      this.#intro,
      h('section', { class: 'card', 'aria-labelledby': 'home-tasks' },
        h('h2', { id: 'home-tasks' }, t('home.tasks')), tasks),
      this.#dashboard);
    this.#renderExtensions();
    // Only users who have the task inbox have tasks; others would just get a 403.
    const tasksPage = extensionsFor('nav').find((item) => item.element === 'sp-tasks-page');
    const page = tasksPage ? await optional('/api/v1/tasks?limit=1', { signal }) : null;
    if (!page) {
      tasks.closest('section').remove();
      return;
    }
    replace(tasks,
      h('span', { class: 'big-number', testid: 'open-tasks-count' }, formatNumber(page.total)), ' ',
      t('home.openTasks', { count: page.total }),
      tasksPage ? [' ', h('a', { href: navHash(tasksPage) }, t('home.toTasks'))] : null);
    tasks.classList.remove('muted');
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
    replace(this.#dashboard, mounted.map(({ item, container }) =>
      h('section', { class: 'card', dataset: { testid: `dashboard-${item.id}` } }, h('h2', {}, titleOf(item)), container)));
  }
}

customElements.define('sp-home-page', HomePage);
