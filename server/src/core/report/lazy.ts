/**
 * A list whose length is known up front but whose elements are made one at a time, as a writer
 * asks for them: what a streaming JSON writer (`cli/streamJson.ts`) walks like an array, so that
 * a report of many findings never holds every finding's output object at once. `JSON.stringify`
 * writes it as the array too (`toJSON`), made whole: only the streaming writer avoids that.
 */
export class LazyList<T> {
  constructor(
    readonly length: number,
    private readonly make: () => Iterable<T>,
  ) {}

  /** The elements as one array, for `JSON.stringify`. */
  toJSON(): T[] {
    return [...this];
  }

  /** The elements in order, made as they are read (each call starts again). */
  [Symbol.iterator](): Iterator<T> {
    return this.make()[Symbol.iterator]();
  }
}
