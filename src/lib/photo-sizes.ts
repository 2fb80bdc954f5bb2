// The smaller copies of every stored photo, made at upload (and for older photos on start), so a
// list of twenty thumbnails costs tens of kilobytes instead of twenty full photos. Shared by the
// server (which makes and serves them) and the pages (which name them in srcset).

/** Square crops for list thumbnails shown at 96 CSS px (1× and 2× screens). */
export const THUMB_SIZES = [96, 192] as const;
/** A copy for an idea's own page on a phone (fits in this square, never enlarged). */
export const PAGE_SIZE = 800;
export const PHOTO_SIZES = [...THUMB_SIZES, PAGE_SIZE] as const;
export type PhotoSize = (typeof PHOTO_SIZES)[number];

/** `ab12….webp` → `ab12…-96.webp`. */
export function sizedName(name: string, size: PhotoSize): string {
	return name.replace(/\.webp$/, `-${size}.webp`);
}
