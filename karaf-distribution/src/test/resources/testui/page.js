// The page of the browser tests' plugin bundle: a custom element that renders its title in the
// shell's locale, and shows that the shell gave it a context.
class TestPluginPage extends HTMLElement {
  set context(context) {
    this.replaceChildren();
    const heading = document.createElement('h2');
    heading.textContent = context.locale === 'nl' ? 'Testpagina van een plugin' : 'A plugin test page';
    const user = document.createElement('p');
    user.dataset.testid = 'test-plugin-user';
    user.textContent = context.user ? context.user.user : '';
    this.append(heading, user);
  }
}
customElements.define('test-ui-plugin-page', TestPluginPage);
