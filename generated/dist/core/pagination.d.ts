export declare class PagePromise<TPage, TItem> implements PromiseLike<TPage>, AsyncIterable<TItem> {
    [Symbol.asyncIterator]: () => AsyncGenerator<TItem>;
    private readonly fetchPage;
    private readonly itemsOf;
    private readonly nextTokenOf;
    private readonly startToken;
    private first;
    constructor(fetchPage: (pageToken: string | undefined) => Promise<TPage>, itemsOf: (page: TPage) => readonly TItem[] | undefined, nextTokenOf: (page: TPage) => string | undefined, startToken: string | undefined);
    private firstPage;
    then<A = TPage, B = never>(onFulfilled?: ((page: TPage) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B>;
    /** Every page, the first one included. */
    pages(): AsyncGenerator<TPage>;
    [Symbol.asyncIterator](): AsyncGenerator<TItem>;
    /** All items in one array (fetches every page). */
    toArray(): Promise<TItem[]>;
}
