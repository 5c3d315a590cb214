import { APIResource, type RequestOptions } from '../core/index.js';
import type * as T from './types.js';
/** Methods of Thumbnail. */
export declare class ThumbnailResource extends APIResource {
    /**
     * Generates download URLs for multiple thumbnails in a single request.
     * The response includes URLs for both original and scaled versions of each thumbnail.
     * This is useful for efficiently retrieving multiple thumbnails at once.
     *
     * `POST /video/v1/thumbnails:batchGenerateDownloadURLs`
     */
    batchGenerateDownloadURLs(params: T.ThumbnailBatchGenerateDownloadURLsParams, options?: RequestOptions): Promise<T.BatchGenerateDownloadURLsResponse>;
}
