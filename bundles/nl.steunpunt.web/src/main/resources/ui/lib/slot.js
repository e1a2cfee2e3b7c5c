// Keeps the mounted elements of one slot in step with the registry: unchanged extensions keep
// their element (and its state), new ones are mounted, those whose bundle left are removed.
import { keyOf, mountExtension } from './extensions.js';

export function slotMounter(scope = {}) {
  const containers = new Map(); // key -> container
  return (items) => {
    const keys = new Set(items.map(keyOf));
    for (const key of containers.keys()) if (!keys.has(key)) containers.delete(key);
    return items.map((item) => {
      const key = keyOf(item);
      if (!containers.has(key)) containers.set(key, mountExtension(item, scope));
      return { item, container: containers.get(key) };
    });
  };
}
