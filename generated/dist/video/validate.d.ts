import { type ValidationIssue } from '../core/validate.js';
/** Message `yandex.cloud.video.v1.BatchGenerateDownloadURLsRequest`. */
export declare function validateBatchGenerateDownloadURLsRequest(v: unknown, path?: string, out?: ValidationIssue[]): ValidationIssue[];
/** Message `yandex.cloud.video.v1.BatchGenerateDownloadURLsResponse`. */
export declare function validateBatchGenerateDownloadURLsResponse(v: unknown, path?: string, out?: ValidationIssue[]): ValidationIssue[];
/** Message `yandex.cloud.video.v1.ThumbnailDownloadURL`. */
export declare function validateThumbnailDownloadURL(v: unknown, path?: string, out?: ValidationIssue[]): ValidationIssue[];
/** Message `yandex.cloud.video.v1.ThumbnailDownloadURL.ScaledURL`. */
export declare function validateScaledURL(v: unknown, path?: string, out?: ValidationIssue[]): ValidationIssue[];
/** Request of `Thumbnail.BatchGenerateDownloadURLs` (path, query and body fields). */
export declare function validateThumbnailBatchGenerateDownloadURLsParams(v: unknown, path?: string, out?: ValidationIssue[]): ValidationIssue[];
