// List methods: awaiting gives the first page; iterating gives every item across pages.
import { YandexCloudError } from './errors.js';

export class PagePromise<TPage, TItem> implements PromiseLike<TPage>, AsyncIterable<TItem> {
  private first: Promise<TPage> | undefined;

  constructor(
    private readonly fetchPage: (pageToken: string | undefined) => Promise<TPage>,
    private readonly itemsOf: (page: TPage) => readonly TItem[] | undefined,
    private readonly nextTokenOf: (page: TPage) => string | undefined,
    private readonly startToken: string | undefined,
  ) {}

  private firstPage(): Promise<TPage> {
    return (this.first ??= this.fetchPage(this.startToken));
  }

  then<A = TPage, B = never>(onFulfilled?: ((page: TPage) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.firstPage().then(onFulfilled, onRejected);
  }

  /** Every page, the first one included. */
  async *pages(): AsyncGenerator<TPage> {
    let page = await this.firstPage();
    const seen = new Set<string>();
    for (;;) {
      yield page;
      const token = this.nextTokenOf(page);
      if (!token) return;
      if (seen.has(token)) throw new YandexCloudError(`the server returned page token "${token}" twice; stopping`);
      seen.add(token);
      page = await this.fetchPage(token);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem> {
    for await (const page of this.pages()) yield* this.itemsOf(page) ?? [];
  }

  /** All items in one array (fetches every page). */
  async toArray(): Promise<TItem[]> {
    const out: TItem[] = [];
    for await (const item of this) out.push(item);
    return out;
  }
}
