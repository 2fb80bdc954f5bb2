export interface KecamatanOption {
	code: string;
	name: string;
	desa: { code: string; name: string; level: string }[];
}
