// The shell's live regions: a polite one for status messages, an assertive one for errors.
// Both exist in index.html from the start, so screen readers pick up every change.

function region(id) {
  return document.getElementById(id);
}

function say(id, message) {
  const el = region(id);
  if (!el) return;
  // Clearing first makes a repeated identical message be read again.
  el.textContent = '';
  window.setTimeout(() => {
    el.textContent = message;
  }, 50);
}

export function announce(message) {
  say('sp-status', message);
}

export function announceError(message) {
  say('sp-error', message);
}

export function clearError() {
  const el = region('sp-error');
  if (el) el.textContent = '';
}
