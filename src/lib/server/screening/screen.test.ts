// Screening against texts the way children write them: each row names the decision and the kinds of
// hit it must give, and sometimes a fragment that must be reported exactly as typed.
import { describe, expect, it } from 'vitest';
import { markText, screen, SHIPPED, type ScreeningDecision, type ScreeningKind } from './screen';

interface Row {
	text: string;
	decision: ScreeningDecision;
	kinds?: ScreeningKind[];
	/** Fragments that must be among the hits, as they appear in the text. */
	found?: string[];
}

const clean = (text: string): Row => ({ text, decision: 'clean', kinds: [] });

const CLEAN: Row[] = [
	clean(
		'Jalan menuju SDN 12 Ledo rusak parah, kalau hujan kami jatuh dari sepeda. Tolong diperbaiki sebelum tahun 2027.'
	),
	clean('Kami butuh taman bermain di Desa Sango karena anak-anak main di pinggir jalan raya.'),
	clean(
		'Puskesmas sudah tutup pukul 3 sore, padahal kami pulang sekolah jam 2. Mohon jam bukanya diperpanjang.'
	),
	clean('Aku kelas 6 dan perpustakaan sekolah kami tidak punya buku cerita baru sejak tahun 2019.'),
	clean(
		'Usulan untuk Musrenbang Anak 2027 (RKPD 2028): lampu jalan di dusun kami supaya aman pulang mengaji.'
	),
	clean('Pantai Samalantan kotor, banyak sampah plastik. Kami mau ada tempat sampah dan petugas kebersihan.'),
	clean('Di taman desa kami bisa santai sore hari, tapi ayunannya patah.'),
	clean('Banyak orang tua tidak punya asuransi kesehatan, tolong BPJS untuk anak dibantu.'),
	clean('Dana desa Rp 5.000.000 bisa dipakai untuk membeli bola dan jaring voli.'),
	clean('Kami ingin lapangan futsal. Biayanya kira-kira Rp 25.000.000 dan bisa dipakai 200 anak.'),
	clean('Anggaran Rp 1.500.000.000 untuk jembatan desa, atau Rp5000000000 untuk jalan kabupaten.'),
	clean('Jembatan gantung ke sekolah sudah miring, kami takut jatuh ke sungai waktu banjir.'),
	clean('Posyandu remaja tanggal 08-12-2027 pukul 08.00-10.00 di balai desa, lalu 13.00 senam.'),
	clean('Anak-anak di desa kami sering digigit anjing liar, perlu vaksin rabies.'),
	clean('Kandang babi warga terlalu dekat dengan sekolah, baunya sampai ke kelas.'),
	clean('Banyak tahi sapi di jalan depan sekolah, sepatu kami kotor.'),
	clean('Kami butuh sosialisasi bahaya pernikahan dini dan pentingnya sekolah sampai SMA.'),
	clean('Tolong sediakan air bersih di sekolah, kamar mandi kami sudah lama rusak.'),
	clean('Jalan Raya Ledo–Bengkayang berlubang di depan SMP 1, sudah ada 3 kecelakaan.'),
	clean('Kita harus bekerja sama menjaga kebersihan sungai supaya tidak banjir.'),
	clean('Setiap Jumat kami disuruh kerja bakti membersihkan halaman sekolah, tapi tidak ada alat.'),
	clean('Lampu jalan di desa kami mati saja sejak bulan lalu, gelap sekali.'),
	clean('Sungai kami tercemar limbah sawit, ikan mati dan airnya bikin gatal.'),
	clean('Kami nak minta lapangan bola, sebab budak-budak sini tak ada tempat main.'),
	clean('Ibu guru bilang kami harus rajin membaca, jadi tolong tambah buku di perpustakaan desa.'),
	clean('Kami ingin belajar memukul bola kasti dengan benar di lapangan.'),
	clean('Adik kelas suka menyentuh tanaman putri malu di taman sekolah.'),
	clean('Di desa kami ada 1.250 anak, 3 SD dan baru 2 posyandu. Kelas 6B ada 32 orang.'),
	clean('Guru kami memukul gong waktu upacara, suaranya keras sekali.'),
	clean('Hujan deras, kami takut banjir masuk rumah lagi.'),
	clean('Kami dilatih pencak silat, belajar menendang dan menangkis.'),
	clean('Kami minta lampu di jalan ke ladang, malam-malam gelap sekali.'),
	clean('Kegiatan Forum Anak dimulai di pukul 7 pagi di aula kecamatan.')
];

const personal = (text: string, found: string[]): Row => ({
	text,
	decision: 'warn',
	kinds: ['personal'],
	found
});

const PERSONAL: Row[] = [
	personal('Kalau mau tanya soal ide ini hubungi aku di 0812-3456-7890 ya kak', ['0812-3456-7890']),
	personal('WA aku 085245678901', ['085245678901']),
	personal('nomorku +62 812 3456 7890, hubungi kalau ada lomba', ['+62 812 3456 7890']),
	personal('telpon 0812 3456 789 (kakakku)', ['0812 3456 789']),
	personal('nomor 62812.3456.7890 bisa di-sms', ['62812.3456.7890']),
	personal('no hp 0 8 1 2 3 4 5 6 7 8 9 0', ['0 8 1 2 3 4 5 6 7 8 9 0']),
	personal('kirim email ke sitirahma09@gmail.com untuk ikut kelompok belajar', ['sitirahma09@gmail.com']),
	personal('NIK aku 6107012345670001 biar dipercaya', ['6107012345670001']),
	personal('NIK: 6107 0123 4567 0001', ['6107 0123 4567 0001']),
	personal('Rumahku di Jl. Merdeka No. 5, dekat masjid, lampunya rusak.', ['Jl. Merdeka No. 5']),
	personal('Datang ke Jalan Ahmad Yani no 12, ada banyak sampah menumpuk', ['Jalan Ahmad Yani no 12']),
	personal('Gang kami di Gg. Mawar sering banjir setiap hujan', ['Gg. Mawar']),
	personal('Saluran air di RT 03/RW 02 Desa Sebalo mampet', ['RT 03/RW 02']),
	personal('Lihat videonya di bit.ly/jalanrusak-ledo', ['bit.ly/jalanrusak-ledo']),
	personal('follow ig aku @sinta.ledo ya untuk lihat foto jalan', ['@sinta.ledo']),
	personal('Isi petisinya: https://forms.gle/abc123 ya teman-teman', ['https://forms.gle/abc123']),
	personal('Chat aku di wa.me/6281234567890', ['wa.me/6281234567890']),
	personal('Lapangan kami seperti di instagram.com/desasango dan www.desasango.id', [
		'instagram.com/desasango',
		'www.desasango.id'
	]),
	personal('Telepon kantor desa (0562) 441234 kalau lampu mati', ['(0562) 441234'])
];

const insult = (text: string, found: string[]): Row => ({ text, decision: 'warn', kinds: ['insult'], found });

const INSULTS: Row[] = [
	insult('Kepala desanya goblok, jalan rusak dibiarkan bertahun-tahun', ['goblok']),
	insult('Dasar anjing kalian semua yang buang sampah ke sungai!', ['anjing']),
	insult('g0bl0k bgt yg bikin jembatan ini', ['g0bl0k']),
	insult('a n j i n g, jalannya licin sekali', ['a n j i n g']),
	insult('anjiiing lampu jalan mati terus', ['anjiiing']),
	insult('Guru olahraga itu b*bi, suka marah-marah', ['b*bi']),
	insult('4nj1ng lah, wifi sekolah lemot', ['4nj1ng']),
	insult('Bangsat yang mencuri lampu taman', ['Bangsat']),
	insult('Kamu bodoh kalau tidak ikut Musrenbang Anak', ['Kamu bodoh']),
	insult('Jancok, lapangan bola jadi kolam kalau hujan', ['Jancok']),
	insult('Dasar asu, sampahnya dibuang ke parit', ['asu']),
	insult('Pukimak betul orang yang merusak ayunan kami', ['Pukimak']),
	insult('kampret, jalan ke sekolah berlumpur lagi', ['kampret']),
	insult('Tai lah, sinyal di sekolah tidak ada', ['Tai']),
	insult('Orang yang coret-coret tembok itu tolol dan brengsek', ['tolol', 'brengsek']),
	insult('sialan, bus sekolah telat terus', ['sialan']),
	insult('Setan kau yang buang bangkai di jalan', ['Setan']),
	insult('Petugasnya b3g0 dan id10t semua', ['b3g0', 'id10t']),
	insult('anj!ng, sinyal hilang lagi', ['anj!ng']),
	insult('Cibai, ade yang buang sampah ke sungai agik', ['Cibai']),
	insult('Yang merusak taman itu goblokmu ya, sudah dibilangin', ['goblokmu']),
	// Reporting graffiti still shows the word: the moderator decides.
	insult('ada yang nulis k o n t o l di tembok toilet, tolong dicat ulang', ['k o n t o l'])
];

const harm = (text: string, found: string[], kinds: ScreeningKind[] = ['harm']): Row => ({
	text,
	decision: 'harm',
	kinds,
	found
});

const HARM: Row[] = [
	harm('Aku sering dipukuli ayah kalau nilai jelek', ['dipukuli']),
	harm('Ibu tiri menampar aku setiap hari', ['menampar aku']),
	harm('Aku ditendang kakak kelas di belakang sekolah', ['ditendang']),
	harm('Temanku disiksa majikannya', ['disiksa']),
	harm('Aku dicabuli tetangga waktu kelas 5', ['dicabuli']),
	harm('Aku pernah dilecehkan di angkot pulang sekolah', ['dilecehkan']),
	harm('Om itu menyentuh dada aku dan bilang jangan bilang siapa-siapa', ['menyentuh dada']),
	harm('Aku disuruh buka baju sama paman', ['disuruh buka baju']),
	harm('Aku diancam mau dibunuh kalau cerita', ['diancam', 'dibunuh']),
	harm('Aku takut pulang karena ayah mabuk', ['takut pulang']),
	harm('Aku mau dinikahkan bulan depan padahal masih kelas 8', ['dinikahkan']),
	harm('Aku dipaksa menikah sama orang tua', ['dipaksa menikah']),
	harm('Aku putus sekolah karena harus kerja di kebun sawit', ['putus sekolah karena harus kerja']),
	harm('Aku disuruh kerja jualan sampai malam, tidak boleh sekolah', ['tidak boleh sekolah']),
	harm('Aku dibully terus di kelas, diejek gendut', ['dibully', 'diejek']),
	harm('Setiap hari aku dipalak kakak kelas', ['dipalak']),
	harm('Aku capek hidup, ingin mati saja', ['capek hidup']),
	harm('Aku pernah silet tangan sendiri', ['silet tangan']),
	harm('Kadang aku tidak ingin hidup lagi', ['tidak ingin hidup']),
	harm('Aku mau bunuh diri', ['bunuh diri']),
	harm('Aku sering tidak diberi makan dan dikurung di kamar', ['tidak diberi makan', 'dikurung']),
	harm('Adikku ditinggal sendirian di rumah berhari-hari', ['ditinggal sendirian']),
	harm('Aku pernah diperkosa dan tidak berani lapor', ['diperkosa']),
	harm('Ada pelecehan di sekolah kami oleh penjaga', ['pelecehan']),
	// Indirect words
	harm('Ayah tiri sering masuk kamarku malam-malam', ['masuk kamarku']),
	harm('Om itu suka pegang-pegang aku kalau ibu tidak ada', ['pegang-pegang aku']),
	harm('Aku takut di rumah', ['takut di rumah']),
	harm('Dia bilang ini rahasia kita berdua', ['rahasia kita']),
	harm('pengen mati aja rasanya', ['pengen mati aja']),
	harm('Aku benci hidupku, rasanya mending aku tidak ada lagi', ['benci hidupku']),
	harm('aku d1pukul1n bapak pakai ikat pinggang', ['d1pukul1n']),
	harm('akuuu dipukuuul teruss', ['dipukuuul']),
	harm('Aku takut sama ayah tiriku kalau dia pulang malam', ['takut sama ayah']),
	harm('aku di bully sama kakak kelas tiap hari', ['di bully']),
	harm('capek bgt hidup ini, gak ada yang peduli', ['capek bgt hidup']),
	harm('Kamek dipukul bapak kamek kalau sidak pulang', ['dipukul']),
	// An idea with a disclosure inside it
	harm('Jalan ke sekolah rusak. Oh ya, aku juga sering dipukul di rumah.', ['dipukul']),
	harm('Tolong aku, aku dianiaya, nomorku 081234567890', ['dianiaya', 'Tolong aku'], ['personal', 'harm']),
	harm('Goblok, kakak kelas nendang aku terus', ['nendang aku'], ['insult', 'harm']),
	// A negated hit counts when the rest of the text agrees.
	harm('Aku memang tidak dipukul lagi, tapi ayah masih mengunci aku di gudang', ['dipukul', 'mengunci aku']),
	harm('Ayah memukul aku dan mama tiap malam, aku tidak berani pulang', ['memukul aku'])
];

// Not disclosures (issue 16): a negated mention with nothing else suggesting harm, and fear of a dark
// road. They used to reach the safeguarding queue ("recall over precision"); now they stay in the
// ordinary queue, where a facilitator still reads them.
const NOT_DISCLOSURES: Row[] = [
	clean('Sejak ada program sahabat, tidak ada lagi yang dibully di kelas kami'),
	clean('Gang ke sekolah gelap, kami takut pulang sore-sore lewat sana')
];

const kindsOf = (hits: Record<ScreeningKind, string[]>) =>
	(Object.keys(hits) as ScreeningKind[]).filter((k) => hits[k].length > 0).sort();

describe('screening table', () => {
	const rows = [...CLEAN, ...PERSONAL, ...INSULTS, ...HARM, ...NOT_DISCLOSURES];

	it('has at least 60 texts', () => {
		expect(rows.length).toBeGreaterThanOrEqual(60);
	});

	it.each(rows.map((r) => [r.text, r]))('%s', (_text, row) => {
		const result = screen(row.text);
		expect(result.decision).toBe(row.decision);
		if (row.kinds) expect(kindsOf(result.hits)).toEqual([...row.kinds].sort());
		const all = [...result.hits.personal, ...result.hits.insult, ...result.hits.harm];
		for (const f of row.found ?? []) expect(all).toContain(f);
		for (const f of all) expect(row.text).toContain(f);
	});
});

describe('screening rules', () => {
	it('matches insults only as whole words (no Scunthorpe)', () => {
		for (const text of [
			'asuransi',
			'pantai',
			'santai',
			'kue pukis',
			'perekat',
			'bersetan',
			'kebabian',
			'cukup'
		])
			expect(screen(text).hits.insult, text).toEqual([]);
	});

	it('reads leetspeak only inside words, so numbers stay numbers', () => {
		expect(screen('kelas 5 tahun 2027 nomor 4 dan 13 anak').decision).toBe('clean');
		expect(screen('$etan').hits.insult).toEqual(['$etan']);
	});

	it('lets harm win over insults and personal data', () => {
		expect(screen('anjing, aku dipukul, hubungi 081234567890').decision).toBe('harm');
	});

	it('catches admins’ extra words, as typed and disguised', () => {
		expect(screen('dasar kutukupret').decision).toBe('clean');
		const extra = { insult: ['kutukupret'], harm: ['digetok'] };
		expect(screen('dasar kutukupr3t', extra).hits.insult).toEqual(['kutukupr3t']);
		expect(screen('aku sering digetokin om', extra).hits.harm).toEqual(['digetokin']);
		expect(screen('aku sering digetokin om', extra).decision).toBe('harm');
	});

	it('ignores empty extra words', () => {
		expect(screen('jalan rusak', { insult: [''], harm: ['  '] }).decision).toBe('clean');
	});

	it('marks the pieces of a text by the kind found there', () => {
		expect(markText('Hai anjing, aku dipukul')).toEqual([
			{ text: 'Hai ', kind: null },
			{ text: 'anjing', kind: 'insult' },
			{ text: ', aku ', kind: null },
			{ text: 'dipukul', kind: 'harm' }
		]);
	});

	it('ships lists whose every pattern compiles', () => {
		expect(SHIPPED.insult.words.length).toBeGreaterThan(50);
		expect(SHIPPED.harm.words.length).toBeGreaterThan(50);
		for (const p of [...SHIPPED.insult.patterns, ...SHIPPED.harm.patterns])
			expect(() => new RegExp(p, 'u')).not.toThrow();
	});

	it('stays fast on long or hostile input', () => {
		const texts = [
			'a'.repeat(5000),
			'1.'.repeat(2500),
			'1-'.repeat(2500),
			'a '.repeat(2500),
			'x@'.repeat(2500)
		];
		const start = performance.now();
		for (const t of texts) screen(t);
		expect(performance.now() - start).toBeLessThan(2000);
	});
});
