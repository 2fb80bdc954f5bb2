// RBRA R7–R8: play equipment, safety and security.
import type { ChecklistSection } from '../../../db/schema';
import { item, section } from '../build';

export const EQUIPMENT_SAFETY: ChecklistSection[] = [
	section(
		'R7',
		['Peralatan', 'Equipment'],
		[
			item(
				'R7.1',
				false,
				['Ukurannya sesuai kelompok umur pengguna', 'Sized for the age groups that use it'],
				[
					'Apakah ukuran alat main cocok untuk umur anak yang memakainya?',
					'Is the equipment the right size for the ages of the children who use it?'
				],
				[
					'Perhatikan tinggi tangga, perosotan, dan ayunan untuk anak kecil.',
					'Look at the height of ladders, slides and swings for little children.'
				]
			),
			item(
				'R7.2',
				false,
				['Ada area jatuh yang aman di sekitar setiap alat', 'A clear safe fall zone around each piece'],
				[
					'Apakah ada ruang kosong yang cukup di sekitar setiap alat main?',
					'Is there enough empty space around each piece of equipment?'
				],
				[
					'Tidak boleh ada batu, tiang, atau alat lain di tempat anak bisa jatuh atau terlempar dari ayunan.',
					'There should be no stones, posts or other equipment where a child could fall or fly off a swing.'
				]
			),
			item(
				'R7.3',
				true,
				['Tidak ada celah yang bisa menjepit kepala atau jari', 'No gaps that can trap a head or fingers'],
				[
					'Apakah alat main bebas dari celah yang bisa menjepit kepala, tangan, atau jari?',
					'Is the equipment free of gaps that could trap a head, a hand or fingers?'
				],
				[
					'Periksa jeruji, rantai ayunan, dan sambungan dengan mata; jangan mencobanya dengan kepalamu sendiri.',
					'Check railings, swing chains and joints by looking; never test them with your own head.'
				]
			),
			item(
				'R7.4',
				true,
				['Terpasang kuat dan terawat', 'Firmly anchored and in good repair'],
				[
					'Apakah semua alat main terpasang kuat, tidak goyang, dan tidak rusak?',
					'Is all the equipment firmly fixed, not wobbly and not broken?'
				],
				[
					'Goyangkan pelan dengan tangan; catat baut yang lepas atau bagian yang patah.',
					'Shake it gently by hand; note loose bolts or broken parts.'
				]
			)
		]
	),
	section(
		'R8',
		['Keselamatan dan keamanan', 'Safety and security'],
		[
			item(
				'R8.1',
				false,
				['Kotak P3K', 'First-aid kit'],
				[
					'Apakah ada kotak P3K yang isinya lengkap?',
					'Is there a first-aid kit with the things it needs inside?'
				],
				[
					'Tanyakan pengelola di mana kotak P3K disimpan, lalu lihat isinya.',
					'Ask the manager where the first-aid kit is kept, then look inside.'
				]
			),
			item(
				'R8.2',
				false,
				['Nomor darurat terpasang, termasuk SAPA 129', 'Emergency numbers posted, SAPA 129 included'],
				[
					'Apakah ada papan berisi nomor darurat, termasuk SAPA 129?',
					'Is there a board with emergency numbers, including SAPA 129?'
				],
				[
					'SAPA 129 adalah layanan pengaduan untuk perempuan dan anak.',
					'SAPA 129 is the helpline for women and children.'
				]
			),
			item(
				'R8.3',
				false,
				['Ada pengawasan: penjaga, pengelola, atau CCTV', 'Supervision: a guard, a caretaker or CCTV'],
				[
					'Apakah ada orang dewasa atau CCTV yang mengawasi tempat bermain?',
					'Is there an adult or CCTV watching over the play space?'
				],
				['Tanyakan kapan penjaga atau pengelola ada di tempat.', 'Ask when the guard or caretaker is there.']
			),
			item(
				'R8.4',
				false,
				['Pintu masuk terkontrol', 'A controlled entrance'],
				[
					'Apakah pintu masuknya diatur sehingga anak kecil tidak bisa keluar sendiri ke jalan?',
					'Is the entrance controlled, so little children cannot walk out to the road alone?'
				],
				[
					'Misalnya pagar dengan pintu yang bisa ditutup.',
					'For example a fence with a gate that can be closed.'
				]
			),
			item(
				'R8.5',
				false,
				['Aturan terpasang', 'Rules posted'],
				[
					'Apakah ada papan aturan bermain yang mudah dibaca anak?',
					'Is there a board with the play rules that children can read easily?'
				],
				['Aturan yang baik memakai kata sederhana atau gambar.', 'Good rules use simple words or pictures.']
			)
		]
	)
];
