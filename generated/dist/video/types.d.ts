/** Message `yandex.cloud.video.v1.BatchGenerateDownloadURLsRequest`. */
export interface BatchGenerateDownloadURLsRequest {
    /**
     * Required field. ID of the channel containing the thumbnails.
     *
     * The maximum string length in characters is 50.
     *
     * Constraints: at most 50 characters.
     */
    channelId: string;
    /**
     * List of thumbnail IDs for which to generate download URLs.
     *
     * The maximum string length in characters for each value is 50. The number of elements must be in the range 1-100.
     *
     * Constraints: at most 50 characters; 1 to 100 elements.
     */
    thumbnailIds?: string[];
}
/** Message `yandex.cloud.video.v1.BatchGenerateDownloadURLsResponse`. */
export interface BatchGenerateDownloadURLsResponse {
    /**
     * List of download URLs for the requested thumbnails.
     * Each entry contains URLs for both the original image and various scaled versions.
     */
    downloadUrls?: ThumbnailDownloadURL[];
}
/** Message `yandex.cloud.video.v1.ThumbnailDownloadURL`. */
export interface ThumbnailDownloadURL {
    /** ID of the thumbnail for which download URLs are provided. */
    thumbnailId?: string;
    /**
     * URL for downloading the original, unmodified thumbnail image.
     * This provides access to the image at its original resolution and format.
     */
    originalUrl?: string;
    /**
     * List of URLs for downloading scaled versions of the thumbnail.
     * Different scaled versions are optimized for different display sizes and purposes.
     */
    scaledUrls?: ScaledURL[];
}
/**
 * Represents a URL for a specific scaled version of a thumbnail image.
 *
 * Message `yandex.cloud.video.v1.ThumbnailDownloadURL.ScaledURL`.
 */
export interface ScaledURL {
    /** URL for downloading this scaled version of the thumbnail. */
    url?: string;
    /**
     * Maximum width in pixels of the scaled image.
     * The actual width may be smaller to maintain the aspect ratio.
     */
    maxWidth?: string;
    /**
     * Maximum height in pixels of the scaled image.
     * The actual height may be smaller to maintain the aspect ratio.
     */
    maxHeight?: string;
    /**
     * Format of the scaled image (JPEG, WebP, etc.).
     * Different formats offer different trade-offs between quality and file size.
     *
     * - `JPEG`: JPEG image format.
     *   Provides good compression with some quality loss.
     *   Widely supported across all platforms and browsers.
     * - `WEBP`: WebP image format.
     *   Provides better compression than JPEG with similar quality.
     *   May not be supported on all platforms and older browsers.
     */
    imageFormat?: ImageFormat;
}
/** Enum `yandex.cloud.video.v1.ThumbnailDownloadURL.ScaledURL.ImageFormat`. */
export type ImageFormat = 'JPEG' | 'WEBP';
/** Values of {@link ImageFormat}. */
export declare const ImageFormat: {
    /**
     * JPEG image format.
     * Provides good compression with some quality loss.
     * Widely supported across all platforms and browsers.
     */
    readonly JPEG: 'JPEG';
    /**
     * WebP image format.
     * Provides better compression than JPEG with similar quality.
     * May not be supported on all platforms and older browsers.
     */
    readonly WEBP: 'WEBP';
};
/** Request of `Thumbnail.BatchGenerateDownloadURLs`: path, query and body fields in one object. */
export type ThumbnailBatchGenerateDownloadURLsParams = BatchGenerateDownloadURLsRequest;
