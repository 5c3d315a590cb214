import { fixtures } from './fixtures.js';
import { validateThumbnailBatchGenerateDownloadURLsParams } from './validate.js';
export const routes = [
    {
        name: 'Thumbnail.BatchGenerateDownloadURLs',
        method: 'POST',
        path: '/video/v1/thumbnails:batchGenerateDownloadURLs',
        pathParams: [],
        query: {},
        hasBody: true,
        validate: validateThumbnailBatchGenerateDownloadURLsParams,
        respond: () => fixtures.BatchGenerateDownloadURLsResponse.valid,
    },
];
