/**
 * The floor for bench/stream: the least a backend-for-frontend can do with a chat turn, in a
 * process of its own as Paddock is. It reads the turn's JSON, sends the gateway the message under
 * the session id over a kept-alive connection, and pipes the gateway's bytes back untouched: no
 * auth, no store, no events of its own. Started over IPC with the gateway's port; answers `{ port }`.
 */
import http from 'node:http';

const gatewayPort = Number(process.argv[2]);
const key = process.argv[3] ?? '';
const agent = new http.Agent({ keepAlive: true });

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const turn = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { conversationId: string; text: string };
    const payload = JSON.stringify({ model: 'hermes-agent', stream: true, messages: [{ role: 'user', content: turn.text }] });
    const upstream = http.request({
      host: '127.0.0.1',
      port: gatewayPort,
      path: '/v1/chat/completions',
      method: 'POST',
      agent,
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), 'X-Hermes-Session-Id': turn.conversationId },
    });
    upstream.setNoDelay(true);
    upstream.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, { 'Content-Type': 'text/event-stream' });
      res.socket?.setNoDelay(true);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    upstream.end(payload);
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.send?.({ port: address.port });
});
process.on('message', (message) => {
  if (message === 'stop') server.close(() => process.exit(0));
});
