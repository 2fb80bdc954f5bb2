// Published demo ideas spread over the kecamatan and the five clusters, a few with shipped photos.
// [title, text, cluster, level, kecamatan name, desa name (null: the kecamatan's first), photo file or null]
export type DemoIdea = [
	string,
	string,
	number,
	'desa' | 'kecamatan' | 'kabupaten',
	string,
	string | null,
	string | null
];

export const DEMO_IDEAS: DemoIdea[] = [
	[
		'Lampu jalan menuju SD di Sungai Duri',
		'Jalan ke sekolah gelap sekali waktu pulang les sore. Kami takut lewat dan pernah ada yang jatuh ke parit. Tolong pasang lampu jalan.',
		4,
		'desa',
		'Sungai Raya',
		'Sungai Duri',
		'road.webp'
	],
	[
		'Taman bermain yang aman di Samalantan',
		'Ayunan di lapangan desa sudah patah dan berkarat. Adik-adik main di pinggir jalan. Kami ingin taman bermain ramah anak dengan pagar.',
		4,
		'desa',
		'Samalantan',
		'Samalantan',
		'playground.webp'
	],
	[
		'Puskesmas buka hari Sabtu',
		'Kalau sakit hari Sabtu kami harus menunggu sampai Senin atau pergi jauh ke kota. Mohon puskesmas buka setengah hari di hari Sabtu.',
		3,
		'kecamatan',
		'Ledo',
		null,
		'clinic.webp'
	],
	[
		'Perpustakaan keliling ke dusun',
		'Di dusun kami tidak ada buku cerita. Kalau ada mobil perpustakaan keliling sebulan sekali, kami bisa pinjam buku dan membaca bersama.',
		4,
		'kecamatan',
		'Seluas',
		null,
		null
	],
	[
		'Akta kelahiran gratis di kantor desa',
		'Banyak teman belum punya akta kelahiran karena orang tua harus ke kota. Mohon ada layanan akta kelahiran keliling di desa.',
		1,
		'kabupaten',
		'Bengkayang',
		null,
		null
	],
	[
		'Air bersih untuk sekolah',
		'Toilet di sekolah kami tidak ada airnya, jadi kami tidak bisa cuci tangan. Tolong buat sumur bor atau tandon air.',
		3,
		'desa',
		'Ledo',
		'Lesabela',
		'school.webp'
	],
	[
		'Jembatan gantung yang aman',
		'Jembatan gantung ke sekolah papannya banyak yang lepas. Waktu hujan licin dan sungai deras. Kami takut jatuh.',
		5,
		'desa',
		'Ledo',
		'Semangat',
		'river.webp'
	],
	[
		'Kawasan tanpa rokok di sekitar sekolah',
		'Banyak orang dewasa merokok di depan sekolah dan di warung sebelahnya. Asapnya membuat kami batuk. Mohon dibuat kawasan tanpa rokok.',
		3,
		'kabupaten',
		'Bengkayang',
		null,
		null
	],
	[
		'Lapangan voli untuk remaja',
		'Anak-anak remaja di desa tidak punya tempat olahraga sore hari. Lapangan voli sederhana bisa membuat kami sibuk dengan hal baik.',
		4,
		'desa',
		'Samalantan',
		'Tumiang',
		null
	],
	[
		'Konseling untuk anak yang dirundung',
		'Ada teman yang sering dirundung tapi tidak tahu harus cerita ke siapa. Mohon ada guru BK atau konselor yang datang ke sekolah.',
		5,
		'kabupaten',
		'Bengkayang',
		null,
		null
	],
	[
		'Zebra cross dan rambu di depan SMP',
		'Mobil dan truk sawit lewat cepat di depan SMP. Tidak ada zebra cross atau rambu sekolah. Kami susah menyeberang.',
		4,
		'desa',
		'Sungai Raya',
		'Sungai Jaga A',
		null
	],
	[
		'Posyandu remaja',
		'Kami ingin belajar tentang gizi, kesehatan reproduksi dan kesehatan jiwa dari petugas kesehatan, seperti posyandu tapi untuk remaja.',
		3,
		'kecamatan',
		'Monterado',
		null,
		null
	],
	[
		'Sanggar tari dan musik daerah',
		'Kami ingin belajar tari dan musik Dayak dari para tetua supaya budaya kami tidak hilang. Butuh tempat latihan dan alat musik.',
		4,
		'kecamatan',
		'Jagoi Babang',
		null,
		null
	],
	[
		'Ruang menyusui dan tempat bermain di kantor desa',
		'Kalau ibu kami mengurus surat di kantor desa, adik bayi menangis karena tidak ada tempat menyusui dan bermain.',
		2,
		'desa',
		'Teriak',
		null,
		null
	],
	[
		'Pelatihan pengasuhan untuk orang tua',
		'Ada orang tua yang masih memukul anak kalau marah. Mohon ada kelas pengasuhan yang baik untuk orang tua di desa.',
		2,
		'kecamatan',
		'Sanggau Ledo',
		null,
		null
	],
	[
		'Bus sekolah untuk dusun jauh',
		'Teman-teman dari dusun jauh berjalan kaki hampir satu jam ke sekolah. Kalau ada bus sekolah, mereka tidak terlambat dan tidak capek.',
		4,
		'kabupaten',
		'Bengkayang',
		null,
		null
	],
	[
		'Tempat sampah dan bank sampah',
		'Sampah plastik menumpuk di pinggir sungai dan bau. Kami ingin ada tempat sampah dan bank sampah yang dikelola anak muda.',
		3,
		'desa',
		'Sungai Raya',
		'Sungai Pangkalan I',
		null
	],
	[
		'Sekolah ramah anak disabilitas',
		'Teman kami memakai kursi roda tapi sekolah punya tangga tinggi dan toilet sempit. Mohon dibuat ram dan toilet yang bisa dipakai semua.',
		5,
		'kabupaten',
		'Bengkayang',
		null,
		null
	],
	[
		'Wifi gratis di perpustakaan desa',
		'Untuk mengerjakan tugas kami butuh internet, tapi pulsa mahal. Wifi di perpustakaan desa dengan penyaring konten akan membantu.',
		1,
		'desa',
		'Samalantan',
		'Babane',
		null
	],
	[
		'Lampu dan pagar di lapangan bola',
		'Lapangan bola dekat jalan besar tidak berpagar, bola sering keluar ke jalan dan anak-anak mengejarnya. Berbahaya sekali.',
		4,
		'desa',
		'Sungai Betung',
		null,
		null
	],
	[
		'Kelas bahasa Inggris gratis',
		'Kami ingin bisa bahasa Inggris tapi les di kota mahal. Mohon ada kelas sore gratis di balai desa.',
		4,
		'kecamatan',
		'Capkala',
		null,
		null
	],
	[
		'Pemeriksaan mata gratis di sekolah',
		'Banyak teman susah melihat papan tulis tapi tidak punya uang untuk periksa mata. Mohon ada pemeriksaan mata dan kacamata gratis.',
		3,
		'kabupaten',
		'Bengkayang',
		null,
		null
	],
	[
		'Forum Anak di setiap desa',
		'Belum semua desa punya Forum Anak. Kami ingin setiap desa punya forum supaya suara anak didengar di Musrenbang desa.',
		1,
		'kabupaten',
		'Bengkayang',
		null,
		null
	],
	[
		'Pos ronda dekat jalan ke sekolah',
		'Jalan ke sekolah melewati kebun sawit yang sepi. Kami ingin ada pos ronda atau warga yang berjaga waktu jam berangkat dan pulang.',
		5,
		'desa',
		'Sungai Raya',
		'Sungai Pangkalan II',
		null
	],
	[
		'Taman baca di balai desa',
		'Balai desa sering kosong. Bisa dibuat taman baca dengan rak buku dan tikar supaya anak-anak datang membaca.',
		4,
		'desa',
		'Ledo',
		'Serangkat',
		null
	],
	[
		'Makanan bergizi di PAUD',
		'Adik-adik di PAUD banyak yang tidak sarapan. Program makan bergizi sekali seminggu akan membuat mereka sehat dan semangat belajar.',
		3,
		'desa',
		'Samalantan',
		'Pasti Jaya',
		null
	],
	[
		'Turnamen olahraga antar desa',
		'Turnamen bola dan voli antar desa setiap libur sekolah bisa membuat anak-anak berteman dan tidak main gawai terus.',
		4,
		'kecamatan',
		'Lumar',
		null,
		null
	],
	[
		'Layanan pengaduan anak di sekolah',
		'Kami ingin ada kotak pengaduan dan nomor SAPA 129 yang ditempel di setiap sekolah, supaya anak tahu ke mana melapor.',
		5,
		'kecamatan',
		'Tujuh Belas',
		null,
		null
	],
	[
		'Kartu identitas anak untuk semua',
		'Banyak anak belum punya KIA. Kalau ada pelayanan KIA di sekolah, kami tidak perlu bolos untuk ke kantor Disdukcapil.',
		1,
		'kecamatan',
		'Siding',
		null,
		null
	],
	[
		'Jamban sehat untuk rumah warga',
		'Beberapa keluarga di dusun kami masih buang air di sungai. Air sungai itu dipakai mandi. Mohon bantuan jamban sehat.',
		3,
		'desa',
		'Lembah Bawang',
		null,
		null
	],
	[
		'Kegiatan anak saat libur sekolah',
		'Waktu libur panjang kami bosan dan ada teman yang ikut bekerja di kebun. Kegiatan seni dan olahraga di desa akan membantu.',
		2,
		'desa',
		'Suti Semarang',
		null,
		null
	],
	[
		'Pagar sekolah dan gerbang yang dijaga',
		'Sekolah kami tidak berpagar, orang asing bisa masuk dan hewan ternak berkeliaran di halaman. Kami ingin pagar dan gerbang.',
		5,
		'desa',
		'Sungai Raya Kepulauan',
		null,
		null
	]
];
