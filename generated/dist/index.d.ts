import { type ClientOptions } from './core/index.js';
import { VideoService } from './video/index.js';
export * from './core/index.js';
export * as video from './video/index.js';
/** One client for Video API. */
export declare class YandexCloud {
    readonly video: VideoService;
    constructor(options?: ClientOptions);
}
