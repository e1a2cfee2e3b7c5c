// The task inbox (nav page): the open tasks the user may see, soonest due first.
import { api, withQuery } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { ShellElement, loading } from '../lib/page.js';
import { pager } from '../lib/pager.js';
import { taskList } from '../components/task-list.js';

const LIMIT = 50;

class TasksPage extends ShellElement {
  #offset = 0;

  async render(signal) {
    replace(this, loading());
    const page = await api(withQuery('/api/v1/tasks', { offset: this.#offset, limit: LIMIT }), { signal });
    replace(
      this,
      h('p', { class: 'muted' }, t('tasks.intro', { total: page.total })),
      taskList(page.items, { caption: t('tasks.caption'), onChange: () => this.refresh() }),
      page.total > LIMIT
        ? pager({
            offset: page.offset,
            limit: LIMIT,
            total: page.total,
            count: page.items.length,
            onChange: (offset) => {
              this.#offset = offset;
              this.refresh();
            },
          })
        : null,
    );
  }
}

customElements.define('sp-tasks-page', TasksPage);
