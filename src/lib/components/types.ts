export interface KecamatanOption {
	code: string;
	name: string;
	desa: { code: string; name: string; level: string }[];
}

/** One choice of a SelectField. */
export interface SelectOption {
	value: string | number;
	label: string;
}
