import { fork } from 'child_process';
import * as path from 'path';
import { guestonlineGetBookings, engineGetBookings } from './vendors';

async function main(): Promise<void> {
	const runs = Number(process.argv[2] ?? 12);
	const child = fork(path.join(__dirname, 'server.js'), ['20'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
	const port = await new Promise<number>((resolve) => child.on('message', (m: any) => { if (m.ready) resolve(m.port); }));
	const base = `http://127.0.0.1:${port}`;
	const work: Record<string, () => Promise<unknown>> = { ours: () => guestonlineGetBookings(base, 1000), engine: () => engineGetBookings(base, 1000) };
	const res: Record<string, { wall: number[]; cpu: number[] }> = { ours: { wall: [], cpu: [] }, engine: { wall: [], cpu: [] } };
	for (let i = 0; i < 2; i++) for (const k of Object.keys(work)) await work[k]();
	for (let i = 0; i < runs; i++) {
		for (const k of i % 2 ? ['ours', 'engine'] : ['engine', 'ours']) {
			const c = process.cpuUsage(); const t = performance.now();
			await work[k]();
			res[k].wall.push(performance.now() - t); const u = process.cpuUsage(c); res[k].cpu.push((u.user + u.system) / 1000);
		}
	}
	const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
	for (const k of Object.keys(res)) console.log(k, 'wall', med(res[k].wall).toFixed(0), 'cpu', med(res[k].cpu).toFixed(0));
	console.log('ratio wall', (med(res.ours.wall) / med(res.engine.wall)).toFixed(3), 'cpu', (med(res.ours.cpu) / med(res.engine.cpu)).toFixed(3));
	child.kill();
	process.exit(0);
}
void main();
