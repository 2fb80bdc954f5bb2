import type { PhotoErrorCode } from './photo';

/** Every code the uploads domain throws: a refused photo, or a stored name that is no photo's. */
export type UploadsErrorCode = PhotoErrorCode | 'photo_name';
