// Draws the demo photos shipped for the demo ideas: flat illustrations, no people, no text.
// Run `npx tsx scripts/demo-photos/generate.ts` to redraw them; the WebP files are committed.
import path from 'node:path';
import sharp from 'sharp';

const W = 1200;
const H = 800;

const sky = (top: string, bottom: string) => `
	<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
		<stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/>
	</linearGradient></defs>
	<rect width="${W}" height="${H}" fill="url(#sky)"/>`;

const sun = (x: number, y: number) =>
	`<circle cx="${x}" cy="${y}" r="70" fill="#ffd166"/><circle cx="${x}" cy="${y}" r="95" fill="#ffd166" opacity="0.25"/>`;

const cloud = (x: number, y: number) =>
	`<g fill="#ffffff" opacity="0.9"><ellipse cx="${x}" cy="${y}" rx="80" ry="32"/>
	<ellipse cx="${x + 55}" cy="${y - 18}" rx="55" ry="30"/><ellipse cx="${x - 50}" cy="${y - 10}" rx="45" ry="24"/></g>`;

const tree = (x: number, y: number, s = 1) =>
	`<g transform="translate(${x} ${y}) scale(${s})"><rect x="-12" y="-10" width="24" height="90" fill="#7f5539"/>
	<circle cx="0" cy="-50" r="65" fill="#2d6a4f"/><circle cx="-40" cy="-20" r="45" fill="#40916c"/>
	<circle cx="42" cy="-22" r="48" fill="#52b788"/></g>`;

const palm = (x: number, y: number) =>
	`<g transform="translate(${x} ${y})"><path d="M0 0 Q10 -120 -5 -220" stroke="#8d6e4a" stroke-width="16" fill="none"/>
	<g fill="#2d6a4f"><path d="M-5 -220 Q-90 -250 -150 -190 Q-80 -215 -5 -210z"/>
	<path d="M-5 -220 Q80 -260 150 -200 Q70 -220 -5 -210z"/><path d="M-5 -220 Q-40 -300 -100 -300 Q-40 -270 -5 -215z"/>
	<path d="M-5 -220 Q40 -300 100 -290 Q40 -265 -5 -215z"/></g></g>`;

const scenes: Record<string, string> = {
	// A desa playground whose slide and swings need repair.
	playground: `${sky('#8ecae6', '#e0f4ff')}${sun(1030, 130)}${cloud(300, 150)}${cloud(700, 110)}
		<rect y="560" width="${W}" height="240" fill="#95d5b2"/><rect y="560" width="${W}" height="16" fill="#74c69d"/>
		${tree(120, 520, 1.3)}${tree(1100, 540, 1.1)}
		<g stroke="#e63946" stroke-width="14" fill="none" stroke-linecap="round">
			<path d="M300 620 L360 330 M480 620 L420 330 M350 330 L760 330"/><path d="M700 620 L740 330 M820 620 L780 330"/></g>
		<g stroke="#6c757d" stroke-width="4"><path d="M470 335 V520 M530 335 V520 M610 335 V500 M670 335 V500"/></g>
		<rect x="455" y="518" width="90" height="16" rx="6" fill="#f4a261"/>
		<rect x="598" y="498" width="85" height="16" rx="6" fill="#f4a261" transform="rotate(12 640 506)"/>
		<g transform="translate(820 0)"><rect x="40" y="380" width="16" height="240" fill="#457b9d"/>
			<rect x="110" y="380" width="16" height="240" fill="#457b9d"/><rect x="40" y="370" width="86" height="20" fill="#1d3557"/>
			<path d="M126 380 L300 600 L300 625 L120 410z" fill="#ffb703"/>
			<g stroke="#457b9d" stroke-width="6"><path d="M48 430 H118 M48 480 H118 M48 530 H118 M48 580 H118"/></g></g>
		<rect x="200" y="660" width="220" height="70" rx="10" fill="#e9c46a"/><rect x="212" y="672" width="196" height="46" rx="6" fill="#f6e7b4"/>`,

	// A village road with potholes after the rain.
	road: `${sky('#a8dadc', '#f1faee')}${cloud(250, 120)}${cloud(900, 170)}
		<path d="M0 420 Q300 360 600 410 T1200 400 V800 H0z" fill="#b7e4c7"/>
		<path d="M560 420 L640 420 L1050 800 L150 800z" fill="#6c757d"/>
		<path d="M560 420 L580 420 L200 800 L150 800z M620 420 L640 420 L1050 800 L1000 800z" fill="#adb5bd"/>
		<g fill="#f8f9fa"><path d="M596 440 h8 l3 30 h-14z M592 500 h16 l5 50 h-26z M586 590 h28 l8 80 h-44z M578 710 h44 l10 90 h-64z"/></g>
		<g fill="#7f5539" opacity="0.85"><ellipse cx="470" cy="640" rx="80" ry="24"/><ellipse cx="760" cy="720" rx="110" ry="30"/>
			<ellipse cx="650" cy="520" rx="40" ry="12"/></g>
		<g fill="#8ecae6" opacity="0.7"><ellipse cx="470" cy="638" rx="55" ry="14"/><ellipse cx="760" cy="717" rx="80" ry="18"/></g>
		${palm(120, 520)}${palm(1080, 540)}${palm(900, 460)}
		<g transform="translate(250 330)"><rect width="140" height="90" fill="#e9c46a"/><path d="M-15 0 L70 -60 L155 0z" fill="#bc4749"/>
			<rect x="55" y="40" width="30" height="50" fill="#7f5539"/></g>`,

	// A primary school with the red-and-white flag.
	school: `${sky('#90e0ef', '#caf0f8')}${sun(150, 120)}${cloud(850, 130)}
		<rect y="600" width="${W}" height="200" fill="#d8f3dc"/><rect y="600" width="${W}" height="12" fill="#95d5b2"/>
		<rect x="250" y="330" width="700" height="280" fill="#fefae0"/><path d="M220 340 L600 200 L980 340z" fill="#c1121f"/>
		<rect x="250" y="330" width="700" height="18" fill="#780000" opacity="0.5"/>
		<g fill="#90e0ef" stroke="#003049" stroke-width="6"><rect x="300" y="390" width="110" height="90"/>
			<rect x="450" y="390" width="110" height="90"/><rect x="790" y="390" width="110" height="90"/></g>
		<rect x="620" y="430" width="110" height="180" fill="#003049"/><circle cx="705" cy="525" r="7" fill="#ffd166"/>
		<rect x="1040" y="230" width="10" height="380" fill="#6c757d"/><rect x="1050" y="240" width="110" height="36" fill="#e63946"/>
		<rect x="1050" y="276" width="110" height="36" fill="#ffffff"/>
		<g stroke="#bc6c25" stroke-width="8"><path d="M0 680 H1200"/>
			${Array.from({ length: 25 }, (_, i) => `<path d="M${i * 50 + 10} 650 V720"/>`).join('')}</g>
		${tree(110, 560, 0.9)}`,

	// A Puskesmas (community clinic) with a green plus sign.
	clinic: `${sky('#bde0fe', '#edf6f9')}${cloud(200, 140)}${cloud(1000, 100)}
		<rect y="590" width="${W}" height="210" fill="#b7e4c7"/>
		<rect x="200" y="300" width="800" height="300" fill="#ffffff"/><rect x="180" y="270" width="840" height="40" fill="#2a9d8f"/>
		<rect x="480" y="170" width="240" height="110" rx="10" fill="#ffffff" stroke="#2a9d8f" stroke-width="8"/>
		<g fill="#2a9d8f"><rect x="578" y="183" width="44" height="84"/><rect x="558" y="203" width="84" height="44"/></g>
		<g fill="#a2d2ff" stroke="#264653" stroke-width="5"><rect x="250" y="360" width="120" height="90"/>
			<rect x="400" y="360" width="120" height="90"/><rect x="680" y="360" width="120" height="90"/>
			<rect x="830" y="360" width="120" height="90"/></g>
		<rect x="545" y="420" width="110" height="180" fill="#264653"/><rect x="548" y="424" width="50" height="172" fill="#8ecae6"/>
		<path d="M545 600 L655 600 L760 800 L440 800z" fill="#dee2e6"/>${tree(90, 560)}${tree(1110, 560)}`,

	// A river with rubbish caught under a wooden bridge.
	river: `${sky('#8ecae6', '#f0f8ff')}${sun(1050, 110)}
		<path d="M0 380 Q200 300 420 360 T820 330 T1200 360 V800 H0z" fill="#74c69d"/>
		<defs><linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#48cae4"/>
			<stop offset="1" stop-color="#0077b6"/></linearGradient></defs>
		<path d="M520 400 Q560 400 600 400 Q700 560 1000 800 L100 800 Q420 560 520 400z" fill="url(#water)"/>
		<g stroke="#ade8f4" stroke-width="5" fill="none" opacity="0.8"><path d="M380 640 q40 -12 80 0 M600 700 q40 -12 80 0 M520 520 q30 -8 60 0"/></g>
		<g fill="#8d6e4a"><rect x="300" y="540" width="620" height="26"/>
			${Array.from({ length: 7 }, (_, i) => `<rect x="${330 + i * 90}" y="560" width="14" height="90"/>`).join('')}</g>
		<g stroke="#6f4518" stroke-width="8" fill="none"><path d="M300 540 V490 H920 V540 M455 490 V540 M610 490 V540 M765 490 V540"/></g>
		<g><rect x="460" y="660" width="34" height="14" rx="6" fill="#e63946" transform="rotate(-15 477 667)"/>
			<rect x="700" y="610" width="28" height="12" rx="5" fill="#f1faee" transform="rotate(20 714 616)"/>
			<path d="M560 730 q20 -30 45 0z" fill="#ffb703"/><rect x="620" y="690" width="40" height="10" rx="4" fill="#2a9d8f"/></g>
		${tree(160, 420, 0.8)}${tree(1060, 430, 0.9)}${palm(980, 470)}`
};

const dir = import.meta.dirname;
for (const [name, body] of Object.entries(scenes)) {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
	const file = path.join(dir, `${name}.webp`);
	const info = await sharp(Buffer.from(svg)).webp({ quality: 80 }).toFile(file);
	console.log(`${path.relative(process.cwd(), file)}: ${info.width}×${info.height}, ${info.size} bytes`);
}
