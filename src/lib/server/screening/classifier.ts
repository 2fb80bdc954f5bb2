// A small logistic-regression text classifier over binary features (stemmed words and word pairs).
// Pure and deterministic: the same labelled examples always give the same weights.

export interface Example {
	features: string[];
	/** 1: a disclosure, 0: harmless. */
	label: 0 | 1;
}

export interface Model {
	bias: number;
	weights: ReadonlyMap<string, number>;
}

export interface TrainOptions {
	epochs?: number;
	rate?: number;
	/** L2 penalty per step, keeps rare words from deciding alone. */
	l2?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Stochastic gradient descent in the examples' order, with a rate that decays by epoch. */
export function train(examples: readonly Example[], opts: TrainOptions = {}): Model {
	const { epochs = 20, rate = 0.3, l2 = 1e-3 } = opts;
	const weights = new Map<string, number>();
	let bias = 0;
	const sets = examples.map((e) => ({ features: [...new Set(e.features)], label: e.label }));
	for (let epoch = 0; epoch < epochs; epoch++) {
		const lr = rate / (1 + epoch * 0.1);
		for (const { features, label } of sets) {
			let z = bias;
			for (const f of features) z += weights.get(f) ?? 0;
			const g = sigmoid(z) - label;
			bias -= lr * g;
			for (const f of features) {
				const w = weights.get(f) ?? 0;
				weights.set(f, w - lr * (g + l2 * w));
			}
		}
	}
	return { bias, weights };
}

/** The probability that the features come from a disclosure. */
export function score(model: Model, features: readonly string[]): number {
	let z = model.bias;
	for (const f of new Set(features)) z += model.weights.get(f) ?? 0;
	return sigmoid(z);
}

/** The features that raised the score most, strongest first. */
export function strongest(model: Model, features: readonly string[], n: number): string[] {
	return [...new Set(features)]
		.map((f) => [f, model.weights.get(f) ?? 0] as const)
		.filter(([, w]) => w > 0)
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(([f]) => f);
}
