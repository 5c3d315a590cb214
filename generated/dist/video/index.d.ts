import { type ClientOptions, HttpClient } from '../core/index.js';
import { ThumbnailResource } from './Thumbnail.js';
export * from './types.js';
export * from './validate.js';
export { ThumbnailResource } from './Thumbnail.js';
/** Documented defaults of the host variables this service's endpoints use. */
export declare const HOST_DEFAULTS: Readonly<Record<string, string>>;
/** Video API. */
export declare class VideoService {
    readonly thumbnails: ThumbnailResource;
    constructor(http: HttpClient);
}
/** A client for the Video API alone. */
export declare class VideoClient extends VideoService {
    constructor(options?: ClientOptions);
}
