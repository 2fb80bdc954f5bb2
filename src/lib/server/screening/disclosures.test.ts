// The kinds of disclosure the word lists missed (issue 16), in the way children here write, and the
// harmless look-alikes that must stay out of the safeguarding queue.
import { describe, expect, it } from 'vitest';
import { screen } from './screen';

const DISCLOSURES: [kind: string, text: string][] = [
	['neglect', 'udh 3 hari aku gk dikasi makan sm mama tiri'],
	['neglect', 'Adikku kurus sekali, kami tidak diberi makan kalau ayah pulang marah'],
	['confinement', 'kalo aku salah dikunci di kamar mandi sampai pagi'],
	['confinement', 'Aku dikurung di gudang sama paman kalau dia mabuk'],
	['online', 'ada om yg ngancam nyebarin foto aku kalau aku gak mau ketemu'],
	['online', 'dia minta vc tanpa baju, katanya kalau nolak fotoku disebar'],
	['online', 'Aku kenal abang di game ff, dia minta aku kirim foto pakai handuk aja'],
	['online', 'teman main mobile legend ngajak ketemuan dan bilang jangan kasih tau mama'],
	['threat', 'dia bilang mau bunuh aku dan mama kalo aku cerita'],
	['threat', 'Bapak tiri ngancam aku, kalau bilang ke guru nanti aku dipukul lagi'],
	['work', 'Aku disuruh berhenti sekolah biar kerja di kebun sawit bantu bayar utang'],
	['work', 'tiap hari aku harus jualan sampai jam 11 malam, kalau gk dapat uang gk boleh pulang'],
	['drugs', 'Aku disuruh antar bungkusan sabu ke orang, dikasih uang 50 ribu'],
	['drugs', 'abang itu nyuruh aku jadi kurir obat terlarang di pasar'],
	['other child', 'teman sekelasku sering datang dengan memar di tangan dan tidak mau cerita'],
	['other child', 'Temanku bilang dia sering dipukul bapaknya pakai kayu'],
	['self-harm', 'aku cape bgt, pengen tidur aja trus gak bangun lagi'],
	['self-harm', 'Rasanya semua orang lebih baik kalau aku tidak ada di dunia ini'],
	['pregnancy', 'aku hamil dan ayah bilang kalau ketahuan aku diusir dari rumah'],
	['pregnancy', 'Pacarku bikin aku hamil, mamaku mau ngusir aku'],
	['word forms', 'aku sering kena pukul sm bapak'],
	['word forms', 'kakak selalu pukulin aku kalo mama gk ada'],
	['word forms', 'bapak mukul aku pake sabuk'],
	['malay', 'kamek dipukol apak mun kamek pulang lambat'],
	['malay', 'Bapak kamek mabok agik, kamek takot pulang ke rumah'],
	['negated but still', 'Aku memang tidak dipukul, tapi tiap malam ayah mengunci aku di luar rumah']
];

const HARMLESS: string[] = [
	'Tidak ada kekerasan di sekolah kami, guru-guru baik dan ramah.',
	'Kami mau ada sosialisasi stop kekerasan pada anak di balai desa.',
	'Tolong adakan penyuluhan bahaya narkoba di SMP kami, banyak abang-abang merokok di warung.',
	'Lampu jalan di gang kami mati, kalau malam gelap sekali dan kami takut lewat.',
	'Kampanye anti bullying di sekolah kami sudah bagus, tidak ada lagi yang dibully.',
	'Kami ingin lomba poster tentang pencegahan pernikahan dini.',
	'Jalan ke kebun sawit rusak parah, truk pengangkut buah sering terjebak lumpur.',
	'Kami minta kamar mandi sekolah dikunci kalau sudah sore supaya tidak kotor.',
	'Berita di TV bilang kasus kekerasan anak di Kalbar naik, kami minta ada rumah aman.'
];

describe('disclosures the word lists missed reach safeguarding', () => {
	it.each(DISCLOSURES)('%s: %s', (_kind, text) => {
		expect(screen(text).decision).toBe('harm');
	});
});

describe('harmless look-alikes stay out of safeguarding', () => {
	it.each(HARMLESS)('%s', (text) => {
		expect(screen(text).decision).not.toBe('harm');
	});
});
