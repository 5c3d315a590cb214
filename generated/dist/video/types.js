/** Values of {@link ImageFormat}. */
export const ImageFormat = Object.freeze({ JPEG: 'JPEG', WEBP: 'WEBP' });
