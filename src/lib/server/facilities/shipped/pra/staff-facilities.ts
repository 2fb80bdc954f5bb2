// PRA P1–P2: the staff and the building.
import type { ChecklistSection } from '../../../db/schema';
import { item, section } from '../build';

export const STAFF_FACILITIES: ChecklistSection[] = [
	section(
		'P1',
		['SDM (petugas)', 'Staff'],
		[
			item(
				'P1.1',
				true,
				['Ada penanggung jawab layanan ramah anak', 'A named person responsible for child-friendly service'],
				[
					'Apakah ada petugas yang ditunjuk sebagai penanggung jawab layanan ramah anak?',
					'Is a staff member named as responsible for child-friendly service?'
				],
				[
					'Tanyakan di bagian pendaftaran atau lihat papan struktur petugas.',
					'Ask at the front desk or look at the staff chart on the wall.'
				]
			),
			item(
				'P1.2',
				false,
				[
					'Minimal separuh petugas terlatih Konvensi Hak Anak (KHA)',
					'At least half of the staff trained on children’s rights (KHA)'
				],
				[
					'Apakah setidaknya separuh petugas sudah ikut pelatihan tentang hak anak?',
					'Have at least half of the staff been trained on children’s rights?'
				],
				[
					'Tanyakan kepala Puskesmas berapa petugas yang sudah dilatih.',
					'Ask the head of the Puskesmas how many staff have been trained.'
				]
			),
			item(
				'P1.3',
				false,
				[
					'Petugas ramah kepada anak sejak di pendaftaran',
					'Staff friendly to children from the front desk onwards'
				],
				[
					'Apakah petugas menyapa dan berbicara dengan ramah kepada anak, mulai dari pendaftaran?',
					'Do staff greet and speak kindly to children, starting at the front desk?'
				],
				[
					'Perhatikan cara petugas berbicara dengan pasien anak yang datang.',
					'Watch how staff talk with the children who come in.'
				]
			),
			item(
				'P1.4',
				false,
				[
					'Petugas terlatih Manajemen Terpadu Balita Sakit (MTBS)',
					'Staff trained in integrated management of childhood illness (MTBS)'
				],
				[
					'Apakah ada petugas yang terlatih MTBS untuk memeriksa balita yang sakit?',
					'Are there staff trained in MTBS to examine sick young children?'
				],
				[
					'MTBS adalah cara memeriksa balita sakit secara lengkap; tanyakan kepada petugas.',
					'MTBS is a complete way of checking sick children under five; ask the staff.'
				]
			),
			item(
				'P1.5',
				false,
				['Ada konselor menyusui', 'A breastfeeding counsellor'],
				[
					'Apakah ada konselor yang membantu ibu menyusui bayinya?',
					'Is there a counsellor who helps mothers breastfeed their babies?'
				],
				['Tanyakan di ruang KIA (Kesehatan Ibu dan Anak).', 'Ask at the mother and child health (KIA) room.']
			)
		]
	),
	section(
		'P2',
		['Sarana', 'Facilities'],
		[
			item(
				'P2.1',
				true,
				[
					'Ruang tunggu atau bermain anak terpisah dari pasien dewasa',
					'A children’s waiting or play area apart from adult patients'
				],
				[
					'Apakah ada ruang tunggu atau pojok bermain anak yang terpisah dari pasien dewasa?',
					'Is there a waiting area or play corner for children, apart from adult patients?'
				],
				[
					'Anak yang menunggu sebaiknya tidak duduk di antara pasien dewasa yang batuk atau sakit.',
					'Children who wait should not sit among adult patients who are coughing or ill.'
				]
			),
			item(
				'P2.2',
				false,
				['Ruang periksa dan konseling anak', 'A room for examining and counselling children'],
				[
					'Apakah ada ruang khusus untuk memeriksa anak dan berbicara secara pribadi?',
					'Is there a room for examining children and talking in private?'
				],
				[
					'Di ruang seperti ini anak bisa bercerita tanpa didengar orang lain.',
					'In a room like this a child can talk without others listening.'
				]
			),
			item(
				'P2.3',
				false,
				['Ruang laktasi yang bersih', 'A clean lactation room'],
				[
					'Apakah ada ruang menyusui yang bersih dan tertutup?',
					'Is there a clean, private room for breastfeeding?'
				],
				[
					'Lihat apakah ada kursi, wastafel, dan tirai atau pintu.',
					'Check for a chair, a washbasin and a curtain or door.'
				]
			),
			item(
				'P2.4',
				false,
				['Dekorasi ramah anak', 'Child-friendly decoration'],
				[
					'Apakah dindingnya dihias dengan gambar atau warna yang disukai anak?',
					'Are the walls decorated with pictures or colours children like?'
				],
				[
					'Hiasan membuat anak tidak takut datang ke Puskesmas.',
					'Decoration helps children feel less afraid of coming to the clinic.'
				]
			),
			item(
				'P2.5',
				false,
				['Toilet dan sanitasi sesuai standar', 'Toilets and sanitation to standard'],
				[
					'Apakah toiletnya bersih, ada air, dan ada tempat cuci tangan dengan sabun?',
					'Are the toilets clean, with water and a place to wash hands with soap?'
				],
				[
					'Periksa juga apakah ada toilet yang cukup rendah untuk anak kecil.',
					'Also check whether there is a toilet low enough for little children.'
				]
			),
			item(
				'P2.6',
				false,
				['Akses untuk anak penyandang disabilitas', 'Access for children with disabilities'],
				[
					'Bisakah anak pengguna kursi roda masuk dan bergerak di Puskesmas dengan mudah?',
					'Can a child in a wheelchair get in and move around the Puskesmas easily?'
				],
				[
					'Cari jalur landai, pegangan, dan pintu yang cukup lebar.',
					'Look for ramps, handrails and doors that are wide enough.'
				]
			),
			item(
				'P2.7',
				false,
				[
					'Informasi kesehatan dan hak anak dipajang',
					'Information on child health and children’s rights on display'
				],
				[
					'Apakah ada poster atau papan informasi tentang kesehatan anak dan hak anak?',
					'Are there posters or boards about children’s health and children’s rights?'
				],
				[
					'Perhatikan apakah isinya mudah dimengerti anak.',
					'Notice whether children can understand them easily.'
				]
			),
			item(
				'P2.8',
				true,
				['Dilarang merokok di seluruh area', 'No smoking anywhere on the premises'],
				[
					'Apakah ada tanda dilarang merokok, dan tidak ada yang merokok di seluruh area Puskesmas?',
					'Is there a no-smoking sign, with nobody smoking anywhere at the Puskesmas?'
				],
				[
					'Periksa juga halaman, parkiran, dan warung di dalam area.',
					'Check the yard, the car park and any food stalls inside the grounds too.'
				]
			)
		]
	)
];
