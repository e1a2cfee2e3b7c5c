// What the server wrote into the shell's page as it sent it (`<meta name="steunpunt-first">`: the
// user's language, the user, their extensions, today in the Netherlands), read once. Its own module,
// so that the boot script (boot.js) and the shell read it alike.

let read = false;
let value = null;

/** { lang, me, extensions, centreDay }, or null when the page carries none (an older page) or it is garbled. */
export function inPage() {
  if (!read) {
    read = true;
    try {
      value = JSON.parse(document.querySelector('meta[name="steunpunt-first"]')?.content || 'null');
    } catch {
      value = null;
    }
  }
  return value;
}
