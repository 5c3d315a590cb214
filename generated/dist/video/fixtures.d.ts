import { type Fixtures } from '../core/fixtures.js';
import type * as T from './types.js';
export declare const fixtures: {
    readonly BatchGenerateDownloadURLsRequest: Fixtures<T.BatchGenerateDownloadURLsRequest>;
    readonly BatchGenerateDownloadURLsResponse: Fixtures<T.BatchGenerateDownloadURLsResponse>;
    readonly ThumbnailDownloadURL: Fixtures<T.ThumbnailDownloadURL>;
    readonly ScaledURL: Fixtures<T.ScaledURL>;
    readonly ThumbnailBatchGenerateDownloadURLsParams: Fixtures<T.ThumbnailBatchGenerateDownloadURLsParams>;
};
