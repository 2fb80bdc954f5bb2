// The demo golden tickets' content: the ideas of the two seeded cycles and what was written into the
// closed cycle's proposals (scripts/demo-tickets.ts).
import type { ProposalInput } from '../src/lib/server/tickets';

/** [title, body, cluster, kecamatan (null: kabupaten), desa (null: the kecamatan itself), author, votes] */
export type DemoIdea = [string, string, number, string | null, string | null, string, number];

export const CLOSED_IDEAS: DemoIdea[] = [
	[
		'Ruang bermain ramah anak di Desa Lesabela',
		'Di desa kami tidak ada tempat bermain yang aman. Anak-anak bermain di pinggir jalan raya dan di dekat sungai yang dalam. Kami ingin taman bermain dengan ayunan, perosotan dan pagar pengaman.',
		4,
		'Ledo',
		'Lesabela',
		'anak3',
		12
	],
	[
		'Perpustakaan keliling ke desa-desa',
		'Sekolah kami jauh dari perpustakaan. Buku cerita di sekolah sedikit dan sudah rusak. Kami ingin mobil perpustakaan keliling datang ke desa setiap minggu.',
		4,
		null,
		null,
		'forum1',
		11
	],
	[
		'Posyandu remaja di Puskesmas Sungai Raya',
		'Remaja malu bertanya soal kesehatan di puskesmas karena ramai orang dewasa. Kami ingin ada jam dan ruang khusus remaja dengan petugas yang ramah.',
		3,
		'Sungai Raya',
		null,
		'anak4',
		10
	],
	[
		'Lampu jalan ke SDN 12 Ledo',
		'Jalan dari kampung ke sekolah gelap sekali waktu pulang les sore. Banyak anak takut lewat dan pernah ada yang jatuh ke parit.',
		5,
		'Ledo',
		'Lesabela',
		'anak5',
		9
	],
	[
		'Zebra cross dan rambu di depan SD Bengkayang',
		'Kendaraan melaju kencang di depan sekolah. Kami butuh zebra cross, rambu sekolah dan petugas penyeberangan di jam masuk dan pulang.',
		5,
		'Bengkayang',
		null,
		'anak6',
		8
	],
	[
		'Akta kelahiran gratis lewat sekolah',
		'Masih ada teman kami yang belum punya akta kelahiran, jadi susah daftar sekolah dan bantuan. Petugas bisa datang ke sekolah supaya orang tua tidak perlu ke kota.',
		1,
		null,
		null,
		'anak7',
		7
	],
	[
		'Lapangan voli untuk anak di Bengkayang',
		'Lapangan di kampung dipakai orang dewasa terus. Anak-anak butuh lapangan voli sendiri untuk latihan sore.',
		4,
		'Bengkayang',
		null,
		'anak8',
		6
	],
	[
		'Tempat sampah terpisah di sekolah Samalantan',
		'Sampah plastik berserakan di halaman sekolah dan selokan tersumbat waktu hujan. Kami ingin tempat sampah organik dan plastik di tiap kelas.',
		3,
		'Samalantan',
		null,
		'anak9',
		4
	]
];

/** The ideas of the cycle still waiting for its golden tickets (the facilitator's demo and e2e test). */
export const PENDING_IDEAS: DemoIdea[] = [
	[
		'Jembatan penyeberangan sungai di Seluas',
		'Kami menyeberang sungai dengan perahu kecil untuk ke sekolah. Waktu air tinggi sangat berbahaya. Kami ingin jembatan gantung yang aman.',
		5,
		'Seluas',
		'Bengkawan',
		'anak10',
		7
	],
	[
		'Kelas menari dan musik daerah di Teriak',
		'Kami ingin belajar tari dan musik Dayak setelah sekolah, tapi tidak ada pelatih dan alat musiknya.',
		4,
		'Teriak',
		null,
		'anak11',
		6
	],
	[
		'Toilet bersih di SD Seluas',
		'Toilet sekolah rusak dan tidak ada air, jadi banyak anak menahan buang air sampai pulang.',
		3,
		'Seluas',
		null,
		'anak12',
		5
	],
	[
		'Ruang konseling untuk anak di kabupaten',
		'Anak yang punya masalah di rumah atau di sekolah bingung harus cerita ke siapa. Kami ingin layanan konseling yang ramah anak.',
		5,
		null,
		null,
		'forum1',
		4
	],
	[
		'Internet gratis di balai desa Dharma Bhakti',
		'Untuk mengerjakan tugas sekolah kami harus ke kota mencari sinyal. Kami ingin wifi di balai desa.',
		4,
		'Teriak',
		'Dharma Bhakti',
		'anak13',
		2
	]
];

/** What the facilitator and the Forum Anak wrote into each proposal, by the idea's title. */
export const DETAILS: Record<
	string,
	Omit<
		ProposalInput,
		'title' | 'problem' | 'priority' | 'cluster' | 'kecamatanCode' | 'desaCode' | 'opdId'
	> & { opd: string }
> = {
	'Ruang bermain ramah anak di Desa Lesabela': {
		activity: 'Pembangunan Ruang Bermain Ramah Anak (RBRA)',
		locationNote: 'Lahan desa di samping kantor desa',
		beneficiaries: 240,
		beneficiaryAges: '4–12 tahun',
		opd: 'perkim',
		cost: 350_000_000,
		volume: 1,
		unit: 'unit'
	},
	'Perpustakaan keliling ke desa-desa': {
		activity: 'Penyediaan layanan perpustakaan keliling',
		locationNote: 'Seluruh kecamatan, jadwal mingguan ke desa',
		beneficiaries: 3_000,
		beneficiaryAges: '6–17 tahun',
		opd: 'disdikbud',
		cost: 620_000_000,
		volume: 1,
		unit: 'paket'
	},
	'Posyandu remaja di Puskesmas Sungai Raya': {
		activity: 'Pembentukan pos pelayanan kesehatan remaja (PKPR)',
		locationNote: 'Puskesmas Sungai Raya',
		beneficiaries: 800,
		beneficiaryAges: '10–17 tahun',
		opd: 'dinkes',
		cost: 85_000_000,
		volume: 12,
		unit: 'bulan'
	},
	'Lampu jalan ke SDN 12 Ledo': {
		activity: 'Pemasangan lampu penerangan jalan umum tenaga surya',
		locationNote: 'Dari simpang kampung sampai SDN 12 Ledo',
		beneficiaries: 180,
		beneficiaryAges: '6–15 tahun',
		opd: 'dishub',
		cost: 150_000_000,
		volume: 20,
		unit: 'titik'
	},
	'Zebra cross dan rambu di depan SD Bengkayang': {
		activity: 'Penyediaan zona selamat sekolah (ZoSS)',
		locationNote: 'Depan SDN 1 Bengkayang',
		beneficiaries: 420,
		beneficiaryAges: '6–12 tahun',
		opd: 'dishub',
		cost: null,
		volume: 1,
		unit: 'lokasi'
	},
	'Tempat sampah terpisah di sekolah Samalantan': {
		activity: 'Pengadaan sarana pemilahan sampah di sekolah',
		locationNote: 'SD dan SMP di Kecamatan Samalantan',
		beneficiaries: 1_100,
		beneficiaryAges: '6–15 tahun',
		opd: 'dlh',
		cost: 60_000_000,
		volume: 40,
		unit: 'set'
	}
};
