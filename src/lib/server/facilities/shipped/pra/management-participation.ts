// PRA P4–P5: how the Puskesmas is managed and how children take part.
import type { ChecklistSection } from '../../../db/schema';
import { item, section } from '../build';

export const MANAGEMENT_PARTICIPATION: ChecklistSection[] = [
	section(
		'P4',
		['Pengelolaan', 'Management'],
		[
			item(
				'P4.1',
				false,
				['SK penetapan Puskesmas Ramah Anak', 'A formal decree naming the Puskesmas child-friendly'],
				[
					'Apakah ada surat keputusan (SK) yang menetapkan Puskesmas ini sebagai Puskesmas Ramah Anak?',
					'Is there an official decree (SK) naming this Puskesmas child-friendly?'
				],
				['Minta kepala Puskesmas menunjukkan SK-nya.', 'Ask the head of the Puskesmas to show the decree.']
			),
			item(
				'P4.2',
				false,
				['Data anak terpilah menurut jenis kelamin dan umur', 'Data on children kept by sex and age'],
				[
					'Apakah Puskesmas mencatat data pasien anak menurut jenis kelamin dan umur?',
					'Does the Puskesmas record data on child patients by sex and age?'
				],
				[
					'Tanyakan jumlahnya saja, bukan nama atau data pribadi anak.',
					'Ask for the numbers only, never names or any child’s personal details.'
				]
			),
			item(
				'P4.3',
				false,
				[
					'Pembinaan UKS dan Posyandu di wilayahnya',
					'Support to school health units (UKS) and Posyandu in the area'
				],
				[
					'Apakah Puskesmas membina UKS di sekolah dan Posyandu di desa sekitarnya?',
					'Does the Puskesmas support school health units (UKS) and Posyandu in nearby villages?'
				],
				['Tanyakan sekolah atau Posyandu mana yang dikunjungi.', 'Ask which schools or Posyandu they visit.']
			)
		]
	),
	section(
		'P5',
		['Partisipasi anak', 'Child participation'],
		[
			item(
				'P5.1',
				false,
				['Ada cara bagi anak untuk menyampaikan pendapat', 'A way for children to give their views'],
				[
					'Apakah anak bisa menyampaikan pendapat, misalnya lewat kotak saran atau masukan Forum Anak?',
					'Can children give their views, for example through a suggestion box or Forum Anak input?'
				],
				[
					'Lihat apakah kotak sarannya terjangkau anak dan benar-benar dibuka.',
					'Check whether children can reach the suggestion box and whether it is really opened.'
				]
			),
			item(
				'P5.2',
				true,
				['Saluran pengaduan yang bisa dipakai anak', 'A complaint channel children can use'],
				[
					'Apakah ada cara mengadu yang mudah dan aman dipakai anak?',
					'Is there a way to complain that is easy and safe for children to use?'
				],
				[
					'Misalnya nomor WhatsApp atau kotak pengaduan yang tidak mewajibkan menulis nama.',
					'For example a WhatsApp number or a complaint box where you need not write your name.'
				]
			)
		]
	)
];
