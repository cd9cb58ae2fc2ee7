// Lists kept by key. Adding in place: copying the list on every addition (`[...list, item]`) made grouping
// 10,000 procedures by field or office quadratic.

/** Appends `item` to the list under `key`, starting the list when there is none. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
