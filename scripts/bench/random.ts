// Deterministic random data for the bench: the same scale gives the same database, so runs compare.

/** mulberry32: a small seeded generator, good enough for test data. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function pick<T>(random: () => number, list: readonly T[]): T {
	const item = list[Math.floor(random() * list.length)];
	if (item === undefined) throw new Error('pick from an empty list');
	return item;
}

// Words children use, so searches hit a realistic share of ideas (e.g. "lampu" in about one in ten).
const THINGS = [
	'Lampu jalan',
	'Taman bermain',
	'Perpustakaan desa',
	'Tempat sampah',
	'Air bersih',
	'Jembatan gantung',
	'Lapangan sepak bola',
	'Posyandu remaja',
	'Toilet sekolah',
	'Jalan setapak',
	'Sanggar seni',
	'Kelas komputer'
];
const WISHES = ['yang aman', 'baru', 'untuk anak', 'yang bersih', 'ramah anak', 'diperbaiki'];
const SENTENCES = [
	'Kami sering bermain di pinggir jalan karena tidak ada tempat lain.',
	'Adik-adik takut lewat waktu sore karena gelap.',
	'Banyak teman sakit perut karena airnya keruh.',
	'Sekolah kami jauh dan jalannya licin saat hujan.',
	'Kami ingin belajar dan membaca buku setelah pulang sekolah.',
	'Sampah berserakan dan baunya sampai ke kelas.',
	'Tolong dibantu supaya kami bisa bermain dengan aman.',
	'Orang tua kami juga setuju dan mau ikut menjaga.',
	'Kalau ada, kami akan merawatnya bersama Forum Anak.',
	'Ini penting untuk anak perempuan dan anak laki-laki.'
];

export function ideaText(random: () => number, placeName: string): { title: string; body: string } {
	const title = `${pick(random, THINGS)} ${pick(random, WISHES)} di ${placeName}`.slice(0, 120);
	const n = 2 + Math.floor(random() * 4);
	const body = Array.from({ length: n }, () => pick(random, SENTENCES)).join(' ');
	return { title, body };
}
