import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		tailwindcss(),
		sveltekit(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// Addresses stay the same in both languages: the locale comes from a cookie, then the browser.
			strategy: ['cookie', 'preferredLanguage', 'baseLocale']
		})
	],
	build: {
		// Rolldown would merge every shared module (all Paraglide messages in both languages among them)
		// into one chunk that every page loads; kept apart, each page loads only what it imports.
		rolldownOptions: { experimental: { chunkOptimization: { mergeCommonChunks: false } } }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		pool: 'forks'
	}
});
