import { m } from '$lib/paraglide/messages';

/** The five KLA rights clusters, numbered as in the national evaluation. */
export const CLUSTERS = [1, 2, 3, 4, 5] as const;

const NAMES: Record<number, () => string> = {
	1: m.cluster_1,
	2: m.cluster_2,
	3: m.cluster_3,
	4: m.cluster_4,
	5: m.cluster_5
};
const HINTS: Record<number, () => string> = {
	1: m.cluster_1_hint,
	2: m.cluster_2_hint,
	3: m.cluster_3_hint,
	4: m.cluster_4_hint,
	5: m.cluster_5_hint
};

export const clusterName = (n: number) => (NAMES[n] ?? m.cluster_1)();
export const clusterHint = (n: number) => (HINTS[n] ?? m.cluster_1_hint)();
