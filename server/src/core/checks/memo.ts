/**
 * What checks keep between runs over one workspace, so that re-checking after an edit redoes only
 * the work the edit can change. Results are reused only when everything they were computed from
 * is the same:
 *
 * - per document: keyed by the document object itself. The workspace hands the checks the same
 *   object for a document only while neither its text nor what entity resolution says about its
 *   mentions changed (and it never changes such an object).
 * - per group (claims of one metric, subject and period; occurrences of one event): keyed by the
 *   group and kept with the signatures of its members (`claimSignature`) and the names the result
 *   quotes from the rest of the workspace (an entity's canonical name, the locale). Members are
 *   compared by value, so an edit that leaves a document's claims as they were (a new sentence
 *   elsewhere in the article) does not redo the groups it takes part in.
 *
 * Without a memo (`CheckContext.memo` absent) every check computes everything, as before.
 */
import type { DocumentAnalysis } from '../types';
import { sameList } from '../text/digest';

export type CheckMemo = Map<string, unknown>;

/** Per-document results, valid for one document object. */
export function perDocument<T>(memo: CheckMemo | undefined, name: string, doc: DocumentAnalysis, compute: () => T): T {
  if (!memo) return compute();
  let store = memo.get(name) as WeakMap<DocumentAnalysis, T> | undefined;
  if (!store) memo.set(name, (store = new WeakMap()));
  if (store.has(doc)) return store.get(doc)!;
  const value = compute();
  store.set(doc, value);
  return value;
}

interface GroupEntry<T> {
  signatures: readonly string[];
  context: string;
  value: T;
}

/**
 * Per-group results of one check. A run reads entries through `get` and ends with `finish`, which
 * drops the groups the run did not visit (so the memo never outgrows the workspace).
 */
export class GroupMemo<T> {
  private previous = new Map<string, GroupEntry<T>>();
  private current = new Map<string, GroupEntry<T>>();

  get(key: string, signatures: readonly string[], context: string, compute: () => T): T {
    const hit = this.current.get(key) ?? this.previous.get(key);
    if (hit && hit.context === context && sameList(hit.signatures, signatures)) {
      this.current.set(key, hit);
      return hit.value;
    }
    const value = compute();
    this.current.set(key, { signatures, context, value });
    return value;
  }

  finish(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** The group memo of one check (`name`), or null without a memo. */
export function groupMemo<T>(memo: CheckMemo | undefined, name: string): GroupMemo<T> | null {
  if (!memo) return null;
  let m = memo.get(name) as GroupMemo<T> | undefined;
  if (!m) memo.set(name, (m = new GroupMemo<T>()));
  return m;
}

/** Ends a run: every group memo forgets the groups the run did not visit. */
export function finishRun(memo: CheckMemo | undefined): void {
  if (!memo) return;
  for (const v of memo.values()) if (v instanceof GroupMemo) v.finish();
}

/** A per-document store a check manages itself (to validate entries against other documents), or null without a memo. */
export function documentStore<T>(memo: CheckMemo | undefined, name: string): WeakMap<DocumentAnalysis, T> | null {
  if (!memo) return null;
  let store = memo.get(name) as WeakMap<DocumentAnalysis, T> | undefined;
  if (!store) memo.set(name, (store = new WeakMap()));
  return store;
}

/**
 * A value made once for an object and a string key (a list of others and a period, say) and then
 * shared: `get(list, key)` calls `make` the first time only. For one run of one check.
 */
export function sharedBy<K extends object, V>(make: (object: K, key: string) => V): (object: K, key: string) => V {
  const made = new Map<K, Map<string, V>>();
  return (object, key) => {
    let byKey = made.get(object);
    if (!byKey) made.set(object, (byKey = new Map()));
    let v = byKey.get(key);
    if (v === undefined) byKey.set(key, (v = make(object, key)));
    return v;
  };
}
