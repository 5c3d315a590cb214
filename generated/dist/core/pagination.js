// List methods: awaiting gives the first page; iterating gives every item across pages.
import { YandexCloudError } from './errors.js';
export class PagePromise {
    fetchPage;
    itemsOf;
    nextTokenOf;
    startToken;
    first;
    constructor(fetchPage, itemsOf, nextTokenOf, startToken) {
        this.fetchPage = fetchPage;
        this.itemsOf = itemsOf;
        this.nextTokenOf = nextTokenOf;
        this.startToken = startToken;
    }
    firstPage() {
        return (this.first ??= this.fetchPage(this.startToken));
    }
    then(onFulfilled, onRejected) {
        return this.firstPage().then(onFulfilled, onRejected);
    }
    /** Every page, the first one included. */
    async *pages() {
        let page = await this.firstPage();
        const seen = new Set();
        for (;;) {
            yield page;
            const token = this.nextTokenOf(page);
            if (!token)
                return;
            if (seen.has(token))
                throw new YandexCloudError(`the server returned page token "${token}" twice; stopping`);
            seen.add(token);
            page = await this.fetchPage(token);
        }
    }
    async *[Symbol.asyncIterator]() {
        for await (const page of this.pages())
            yield* this.itemsOf(page) ?? [];
    }
    /** All items in one array (fetches every page). */
    async toArray() {
        const out = [];
        for await (const item of this)
            out.push(item);
        return out;
    }
}
