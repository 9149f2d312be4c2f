#!/usr/bin/env python3
"""A TCP proxy on 127.0.0.1 that a test can freeze: SIGUSR1 stops forwarding in both directions
(connections stay open, bytes wait, as on a stalled link), SIGUSR2 resumes. Used to show that a
runner whose database link stalls stops its runs before another host may take them over.

usage: tcp_proxy.py LISTEN_PORT TARGET_PORT
"""
import asyncio
import signal
import sys


async def main(listen_port: int, target_port: int) -> None:
    flowing = asyncio.Event()
    flowing.set()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, flowing.clear)
    loop.add_signal_handler(signal.SIGUSR2, flowing.set)
    loop.add_signal_handler(signal.SIGTERM, lambda: sys.exit(0))

    async def pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await flowing.wait()
                data = await reader.read(65536)
                if not data:
                    break
                await flowing.wait()  # data read just before a freeze waits too
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    async def serve(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pump(client_reader, server_writer), pump(server_reader, client_writer))

    server = await asyncio.start_server(serve, "127.0.0.1", listen_port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), int(sys.argv[2])))
