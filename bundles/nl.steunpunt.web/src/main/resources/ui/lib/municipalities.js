// The municipality register, loaded once per page load (it changes once a year).
import { optional } from './api.js';
import { MUNICIPALITIES } from './paths.js';

let loading = null;

/** A Map code -> name; empty when the list cannot be read. */
export function municipalities() {
  if (!loading) {
    loading = optional(MUNICIPALITIES)
      .then((list) => new Map((list ?? []).map((m) => [m.code, m.name])))
      .catch(() => {
        loading = null;
        return new Map();
      });
  }
  return loading;
}

export function municipalityName(names, code) {
  return names.get(code) ? `${names.get(code)} (${code})` : code;
}
