package org.bridgework.reminders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The least an SMTP server must do to accept mail, on localhost only: for measuring how
 * fast Bridgework hands reminders over, not the server. Counts each message accepted and
 * throws it away.
 */
final class SmtpSink implements AutoCloseable {

	private final ServerSocket server;

	private final ExecutorService connections = Executors.newCachedThreadPool();

	private final AtomicInteger accepted = new AtomicInteger();

	SmtpSink() {
		try {
			this.server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.connections.submit(this::acceptLoop);
	}

	int port() {
		return this.server.getLocalPort();
	}

	int accepted() {
		return this.accepted.get();
	}

	private void acceptLoop() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				this.connections.submit(() -> converse(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void converse(Socket socket) {
		try (socket;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
				OutputStream out = socket.getOutputStream()) {
			reply(out, "220 sink");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase(Locale.ROOT);
				if (command.startsWith("DATA")) {
					reply(out, "354 go on");
					while ((line = in.readLine()) != null && !line.equals(".")) {
						// the message is thrown away
					}
					this.accepted.incrementAndGet();
					reply(out, "250 accepted");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 bye");
					return;
				}
				else if (command.startsWith("EHLO")) {
					reply(out, "250 sink");
				}
				else {
					reply(out, "250 ok");
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.connections.shutdownNow();
	}

}
