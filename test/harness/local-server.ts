import http from 'http';
import nock from 'nock';

export type LocalHandler = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void;

/**
 * A real HTTP server on 127.0.0.1 for faults nock cannot produce faithfully, such as a socket
 * reset mid-request. Each request calls `handler` with its 1-based hit number.
 */
export async function localServer(handler: LocalHandler): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
	nock.enableNetConnect('127.0.0.1');
	let hits = 0;
	const server = http.createServer((req, res) => {
		hits += 1;
		handler(req, res, hits);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}`,
		hits: () => hits,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			nock.disableNetConnect();
		},
	};
}
