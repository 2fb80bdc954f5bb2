// RBRA R9–R11: health and hygiene, comfort, and how the space is managed.
import type { ChecklistSection } from '../../../db/schema';
import { item, section } from '../build';

export const CARE: ChecklistSection[] = [
	section(
		'R9',
		['Kesehatan dan kebersihan', 'Health and hygiene'],
		[
			item(
				'R9.1',
				false,
				['Toilet bersih dan tempat cuci tangan', 'Clean toilet and a place to wash hands'],
				[
					'Apakah ada toilet yang bersih dan tempat cuci tangan dengan air dan sabun?',
					'Is there a clean toilet and a place to wash hands with water and soap?'
				],
				['Periksa apakah airnya mengalir dan sabunnya ada.', 'Check that the water runs and there is soap.']
			),
			item(
				'R9.2',
				false,
				['Air minum', 'Drinking water'],
				['Apakah ada air minum yang aman untuk anak-anak?', 'Is there safe drinking water for children?'],
				[
					'Misalnya keran air minum atau galon yang bersih.',
					'For example a drinking tap or a clean water dispenser.'
				]
			),
			item(
				'R9.3',
				false,
				['Tempat sampah terpilah', 'Separated waste bins'],
				[
					'Apakah ada tempat sampah yang dipisah, misalnya untuk sampah sisa makanan dan plastik?',
					'Are there separate bins, for example for food waste and plastic?'
				],
				['Lihat juga apakah ada sampah berserakan di tanah.', 'Also look for litter lying on the ground.']
			),
			item(
				'R9.4',
				false,
				['Tidak ada genangan air', 'No standing water'],
				['Apakah tempat ini bebas dari genangan air?', 'Is the space free of puddles and standing water?'],
				[
					'Genangan air bisa menjadi sarang nyamuk demam berdarah.',
					'Standing water can breed the mosquitoes that spread dengue.'
				]
			),
			item(
				'R9.5',
				true,
				['Dilarang merokok dan tidak ada iklan rokok', 'No smoking and no cigarette advertising'],
				[
					'Apakah ada tanda dilarang merokok, dan tidak ada orang merokok atau iklan rokok?',
					'Is there a no-smoking sign, with nobody smoking and no cigarette adverts?'
				],
				[
					'Cari puntung rokok di tanah dan iklan rokok di sekitar tempat bermain.',
					'Look for cigarette butts on the ground and cigarette adverts around the space.'
				]
			)
		]
	),
	section(
		'R10',
		['Kenyamanan', 'Comfort'],
		[
			item(
				'R10.1',
				false,
				['Tempat duduk untuk orang tua dan pengasuh', 'Seats for parents and carers'],
				[
					'Apakah ada bangku untuk orang tua atau pengasuh yang menunggu?',
					'Are there benches for parents or carers who wait?'
				],
				[
					'Bangku sebaiknya menghadap ke area bermain anak kecil.',
					'Benches are best placed facing the little children’s area.'
				]
			),
			item(
				'R10.2',
				false,
				['Tempat berteduh dari panas dan hujan', 'Shelter from sun and rain'],
				['Apakah ada tempat berteduh saat panas terik atau hujan?', 'Is there shelter from hot sun or rain?'],
				['Misalnya gazebo, atap, atau pondok.', 'For example a gazebo, a roof or a hut.']
			)
		]
	),
	section(
		'R11',
		['Pengelolaan', 'Management'],
		[
			item(
				'R11.1',
				false,
				[
					'Ada pengelola yang ditunjuk dan terlatih tentang hak anak',
					'A named manager trained in children’s rights'
				],
				[
					'Apakah ada pengelola yang jelas, dan ia pernah ikut pelatihan tentang hak anak?',
					'Is there a named manager who has been trained in children’s rights?'
				],
				[
					'Tanyakan siapa pengelolanya dan pelatihan apa yang pernah ia ikuti.',
					'Ask who manages the space and what training they have had.'
				]
			),
			item(
				'R11.2',
				false,
				[
					'Jadwal perawatan dan pemeriksaan yang dijalankan',
					'A maintenance and inspection schedule that is kept'
				],
				[
					'Apakah ada jadwal merawat dan memeriksa alat main, dan jadwal itu dijalankan?',
					'Is there a schedule for looking after and checking the equipment, and is it followed?'
				],
				[
					'Minta lihat buku catatan atau jadwal pemeriksaannya.',
					'Ask to see the logbook or the inspection schedule.'
				]
			),
			item(
				'R11.3',
				false,
				['Ada cara menyampaikan keluhan', 'A way to complain'],
				[
					'Apakah ada cara menyampaikan keluhan, misalnya kotak saran atau nomor pengaduan?',
					'Is there a way to make a complaint, such as a suggestion box or a phone number?'
				],
				[
					'Cari tahu: kalau ada alat yang rusak, ke mana anak bisa melapor?',
					'Find out: if something is broken, where can a child report it?'
				]
			),
			item(
				'R11.4',
				false,
				[
					'Anak atau Forum Anak dimintai pendapat tentang tempat ini',
					'Children or the Forum Anak were asked about the space'
				],
				[
					'Apakah anak-anak atau Forum Anak pernah ditanya pendapatnya saat tempat ini dibuat atau diperbaiki?',
					'Were children or the Forum Anak asked for their views when the space was built or improved?'
				],
				[
					'Tanyakan pengelola apakah pernah ada pertemuan dengan anak-anak.',
					'Ask the manager whether there was ever a meeting with children.'
				]
			)
		]
	)
];
