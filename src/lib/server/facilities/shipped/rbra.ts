// The standard RBRA checklist (SNI 9169:2023 and the ministry's RBRA guideline), as shipped.
// Questions and hints are read by children of 10–17: short sentences, everyday words.
import type { ChecklistContent } from '../../db/schema';
import { item, section } from './build';

export const RBRA: ChecklistContent = {
	sections: [
		section(
			'R1',
			['Lokasi', 'Location'],
			[
				item(
					'R1.1',
					true,
					[
						'Jauh dari bahaya: jalan ramai, sungai atau tebing, kabel listrik, polusi',
						'Away from hazards: busy roads, rivers or drops, power lines, pollution'
					],
					[
						'Apakah tempat bermain ini jauh dari bahaya seperti jalan ramai, sungai, tebing, atau kabel listrik?',
						'Is the play space far from dangers like busy roads, rivers, steep drops or power lines?'
					],
					[
						'Lihat ke sekeliling: adakah jalan ramai, air dalam, tebing, kabel listrik, atau asap dan bau menyengat di dekatnya?',
						'Look all around: is there a busy road, deep water, a drop, power lines, or smoke or strong smells nearby?'
					]
				),
				item(
					'R1.2',
					true,
					[
						'Terpisah dari lalu lintas dan parkir dengan pagar atau pembatas',
						'Separated from traffic and parking by a fence or barrier'
					],
					[
						'Apakah ada pagar atau pembatas antara tempat bermain dan jalan atau parkiran?',
						'Is there a fence or barrier between the play space and the road or car park?'
					],
					[
						'Bayangkan bola menggelinding atau adik kecil berlari: bisakah ia langsung sampai ke jalan?',
						'Imagine a ball rolling away or a little child running: could they reach the road straight away?'
					]
				),
				item(
					'R1.3',
					false,
					[
						'Mudah dicapai dengan berjalan kaki atau angkutan umum',
						'Reachable on foot or by public transport'
					],
					[
						'Bisakah anak-anak datang ke sini dengan berjalan kaki atau naik angkutan umum?',
						'Can children get here on foot or by public transport?'
					],
					[
						'Tanyakan anak-anak di sekitar: bagaimana mereka datang, dan apakah jalannya aman?',
						'Ask children nearby how they get here and whether the way is safe.'
					]
				)
			]
		),
		section(
			'R2',
			['Pemanfaatan', 'Use'],
			[
				item(
					'R2.1',
					false,
					['Terbuka untuk semua anak, tanpa biaya', 'Open to every child, free of charge'],
					[
						'Apakah semua anak boleh bermain di sini tanpa membayar?',
						'Can every child play here without paying?'
					],
					[
						'Perhatikan papan tarif atau aturan yang melarang anak tertentu masuk.',
						'Look for price boards or rules that keep some children out.'
					]
				),
				item(
					'R2.2',
					false,
					['Area dipisah menurut kelompok umur', 'Zones separated by age group'],
					[
						'Apakah ada tempat bermain yang terpisah untuk anak kecil dan anak yang lebih besar?',
						'Are there separate areas for little children and older children?'
					],
					[
						'Misalnya area balita yang terpisah dari area remaja.',
						'For example, a toddler area apart from the area for teenagers.'
					]
				),
				item(
					'R2.3',
					false,
					[
						'Setiap alat main menunjukkan umur penggunanya',
						'Each piece of equipment shows the age it is meant for'
					],
					[
						'Apakah ada tanda di setiap alat main untuk umur berapa alat itu?',
						'Does each piece of play equipment have a sign saying what age it is for?'
					],
					[
						'Cari stiker atau papan kecil seperti "untuk umur 5–12 tahun".',
						'Look for a sticker or small sign such as "for ages 5–12".'
					]
				)
			]
		),
		section(
			'R3',
			['Aksesibilitas', 'Access'],
			[
				item(
					'R3.1',
					false,
					['Ada jalur landai dan jalan yang rata', 'Ramps and level paths'],
					[
						'Bisakah kursi roda atau kereta bayi masuk dan berkeliling dengan mudah?',
						'Can a wheelchair or a pram get in and move around easily?'
					],
					[
						'Cari anak tangga tanpa jalur landai, lubang, atau jalan berbatu.',
						'Look for steps without a ramp, holes, or rough stony paths.'
					]
				),
				item(
					'R3.2',
					false,
					[
						'Ada alat main yang bisa dipakai anak penyandang disabilitas',
						'Equipment that children with disabilities can use'
					],
					[
						'Apakah ada alat main yang bisa dipakai teman penyandang disabilitas?',
						'Is there equipment that children with disabilities can play on?'
					],
					[
						'Misalnya ayunan bersandaran, permainan di permukaan rata, atau meja pasir yang terjangkau dari kursi roda.',
						'For example a swing with a back support, ground-level games, or a sand table reachable from a wheelchair.'
					]
				),
				item(
					'R3.3',
					false,
					['Toilet bisa dipakai pengguna kursi roda', 'Toilet accessible to wheelchair users'],
					[
						'Apakah ada toilet yang bisa dimasuki dan dipakai oleh pengguna kursi roda?',
						'Is there a toilet that a wheelchair user can get into and use?'
					],
					[
						'Lihat lebar pintu, pegangan di dinding, dan ruang untuk berputar.',
						'Check the door width, handrails on the wall and room to turn around.'
					]
				)
			]
		),
		section(
			'R4',
			['Material', 'Materials'],
			[
				item(
					'R4.1',
					false,
					['Cat tanpa timbal atau racun lain', 'Paint without lead or other poisons'],
					[
						'Apakah cat alat main aman, tidak mengelupas, dan tidak mengandung racun?',
						'Is the paint on the equipment safe, not peeling and free of poisons?'
					],
					[
						'Tanyakan pengelola jenis catnya; cat yang mengelupas adalah tanda bahaya.',
						'Ask the manager what paint was used; peeling paint is a warning sign.'
					]
				),
				item(
					'R4.2',
					true,
					['Tidak ada sisi tajam, serpihan kayu, atau karat', 'No sharp edges, splinters or rust'],
					[
						'Apakah alat main bebas dari sisi tajam, serpihan kayu, paku mencuat, dan karat?',
						'Is the equipment free of sharp edges, splinters, sticking-out nails and rust?'
					],
					[
						'Raba pegangan dan pinggiran pelan-pelan; foto bagian yang berbahaya.',
						'Gently feel handles and edges; take a photo of any dangerous part.'
					]
				),
				item(
					'R4.3',
					true,
					[
						'Permukaan peredam benturan di bawah alat panjat dan ayunan',
						'Shock-absorbing surface under climbing and swinging equipment'
					],
					[
						'Apakah tanah di bawah ayunan dan alat panjat empuk, misalnya pasir, rumput tebal, atau karet?',
						'Is the ground under swings and climbing frames soft, such as sand, thick grass or rubber?'
					],
					[
						'Semen, batu, atau tanah keras berbahaya kalau ada yang jatuh.',
						'Concrete, stones or hard earth are dangerous if someone falls.'
					]
				)
			]
		),
		section(
			'R5',
			['Tanaman', 'Plants'],
			[
				item(
					'R5.1',
					false,
					['Ada pohon peneduh', 'Shade trees'],
					['Apakah ada pohon yang memberi tempat teduh?', 'Are there trees that give shade?'],
					[
						'Lihat apakah sebagian tempat bermain tetap teduh di siang hari.',
						'Check whether part of the play area stays shady at midday.'
					]
				),
				item(
					'R5.2',
					false,
					[
						'Tidak ada tanaman berduri, beracun, atau bergetah',
						'No thorny, poisonous or sap-dropping plants'
					],
					[
						'Apakah tempat ini bebas dari tanaman berduri, beracun, atau yang getahnya menetes?',
						'Is the space free of thorny or poisonous plants, or plants that drip sap?'
					],
					[
						'Contohnya kaktus, bugenvil berduri, atau pohon yang getahnya membuat gatal.',
						'For example cactus, thorny bougainvillea, or trees whose sap makes skin itch.'
					]
				),
				item(
					'R5.3',
					false,
					['Ada area hijau', 'A green area'],
					[
						'Apakah ada rumput atau taman hijau di tempat ini?',
						'Is there grass or a green garden area here?'
					],
					[
						'Area hijau membuat tempat bermain lebih sejuk dan nyaman.',
						'Green areas keep the play space cooler and more pleasant.'
					]
				)
			]
		),
		section(
			'R6',
			['Udara dan cahaya', 'Air and light'],
			[
				item(
					'R6.1',
					false,
					['Sirkulasi udara baik jika ruangannya tertutup', 'Good airflow where the space is indoors'],
					[
						'Jika tempat bermain ada di dalam ruangan, apakah udaranya segar dan tidak pengap?',
						'If the play space is indoors, is the air fresh and not stuffy?'
					],
					[
						'Jika tempat bermain ada di luar ruangan, pilih Tidak berlaku.',
						'If the play space is outdoors, choose Not applicable.'
					]
				),
				item(
					'R6.2',
					false,
					['Cukup terang saat senja dan malam', 'Enough light at dusk and at night'],
					[
						'Apakah ada lampu sehingga tempat ini cukup terang menjelang malam?',
						'Are there lights so the space is bright enough in the evening?'
					],
					[
						'Lihat tiang lampu dan tanyakan apakah lampunya menyala.',
						'Look for lamp posts and ask whether the lights work.'
					]
				)
			]
		),
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
					[
						'Tanyakan kapan penjaga atau pengelola ada di tempat.',
						'Ask when the guard or caretaker is there.'
					]
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
		),
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
					[
						'Apakah ada tempat berteduh saat panas terik atau hujan?',
						'Is there shelter from hot sun or rain?'
					],
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
	]
};
