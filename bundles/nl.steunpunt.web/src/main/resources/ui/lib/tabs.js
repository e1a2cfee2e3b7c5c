// A tab widget after the WAI-ARIA pattern: role=tablist/tab/tabpanel, one tab in the tab
// order, arrow keys (and Home/End) move between tabs and select them.
import { h, replace, uid } from './dom.js';

export class Tabs {
  #tabs = [];
  #selected = null;
  #panels = new Map(); // name -> panel element, built on first selection
  #buttons = new Map();
  #prefix = uid('tabs');

  /** label: the tablist's name; onSelect(name): told of every selection; empty(): shown when the selected tab vanished. */
  constructor({ label, onSelect = () => {}, empty = () => null }) {
    this.onSelect = onSelect;
    this.empty = empty;
    this.list = h('div', { role: 'tablist', 'aria-label': label, class: 'tablist', onkeydown: (e) => this.#key(e) });
    this.panelArea = h('div', { class: 'tab-panels' });
    this.root = h('div', { class: 'tabs' }, this.list, this.panelArea);
  }

  /**
   * tabs: [{ name, label, testid, content() -> Node }]. Keeps the built panels and the buttons of
   * tabs that stay (a button keeps its place and its focus when tabs are added around it).
   */
  set(tabs, preferred) {
    this.#tabs = tabs;
    const names = new Set(tabs.map((tab) => tab.name));
    for (const name of [...this.#panels.keys()]) if (!names.has(name)) this.#panels.delete(name);
    const buttons = tabs.map((tab) => {
      let button = this.#buttons.get(tab.name);
      if (!button) {
        button = h('button', {
          type: 'button',
          role: 'tab',
          id: `${this.#prefix}-tab-${tab.name}`,
          'aria-controls': `${this.#prefix}-panel-${tab.name}`,
          onclick: () => this.select(tab.name),
        });
      }
      button.dataset.testid = tab.testid ?? `tab-${tab.name}`;
      if (button.textContent !== tab.label) button.textContent = tab.label;
      return button;
    });
    this.#buttons = new Map(tabs.map((tab, i) => [tab.name, buttons[i]]));
    buttons.forEach((button, i) => {
      if (this.list.children[i] !== button) this.list.insertBefore(button, this.list.children[i] ?? null);
    });
    while (this.list.children.length > buttons.length) this.list.lastElementChild.remove();
    const wanted = [preferred, this.#selected].find((name) => name && names.has(name));
    if (wanted) this.select(wanted, { quiet: true });
    else if (this.#selected && !names.has(this.#selected)) this.#showEmpty();
    else if (tabs.length) this.select(tabs[0].name, { quiet: true });
  }

  get selected() {
    return this.#selected;
  }

  select(name, { focus = false, quiet = false } = {}) {
    const tab = this.#tabs.find((candidate) => candidate.name === name);
    if (!tab) return;
    this.#selected = name;
    if (!this.#panels.has(name)) {
      this.#panels.set(
        name,
        h(
          'div',
          {
            role: 'tabpanel',
            id: `${this.#prefix}-panel-${name}`,
            'aria-labelledby': `${this.#prefix}-tab-${name}`,
            tabindex: '0',
            class: 'tabpanel',
          },
          tab.content(),
        ),
      );
    }
    for (const [other, button] of this.#buttons) {
      const on = other === name;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
    }
    const panel = this.#panels.get(name);
    // The panel shown already stays where it is: moving it would take the focus from a form in it.
    if (this.panelArea.childNodes.length !== 1 || this.panelArea.firstChild !== panel) replace(this.panelArea, panel);
    if (focus) this.#buttons.get(name).focus();
    if (!quiet) this.onSelect(name);
  }

  /** Rebuilds the content of one tab (e.g. after the data changed). */
  rebuild(name) {
    this.#panels.delete(name);
    if (this.#selected === name) this.select(name, { quiet: true });
  }

  #showEmpty() {
    for (const button of this.#buttons.values()) button.setAttribute('aria-selected', 'false');
    const first = this.#buttons.values().next().value;
    if (first) first.tabIndex = 0;
    replace(this.panelArea, this.empty());
  }

  #key(event) {
    const names = this.#tabs.map((tab) => tab.name);
    const index = names.indexOf(this.#selected);
    const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: names.length - 1 };
    if (!(event.key in moves) || names.length === 0) return;
    event.preventDefault();
    const next = (moves[event.key] + names.length) % names.length;
    this.select(names[next], { focus: true });
  }
}
