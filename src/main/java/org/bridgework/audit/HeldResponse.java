package org.bridgework.audit;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps a small answer in the server's buffer until the request is done: flushes and
 * closes asked for by the code that writes it are left to the server, which sends
 * everything when the request ends. So the audit events of a request are written before a
 * client holding the answer could ask who has seen their record. An answer larger than
 * the buffer still streams out as the buffer fills.
 */
class HeldResponse extends HttpServletResponseWrapper {

	private ServletOutputStream stream;

	private PrintWriter writer;

	HeldResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void flushBuffer() {
		// Sent when the request ends.
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.stream == null) {
			this.stream = new HeldStream(super.getOutputStream());
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			this.writer = new PrintWriter(super.getWriter()) {

				@Override
				public void flush() {
					// Sent when the request ends.
				}

				@Override
				public void close() {
					// Closed by the server when the request ends.
				}

			};
		}
		return this.writer;
	}

	private static final class HeldStream extends ServletOutputStream {

		private final ServletOutputStream target;

		HeldStream(ServletOutputStream target) {
			this.target = target;
		}

		@Override
		public void write(int b) throws IOException {
			this.target.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.target.write(bytes, offset, length);
		}

		@Override
		public void flush() {
			// Sent when the request ends.
		}

		@Override
		public void close() {
			// Closed by the server when the request ends.
		}

		@Override
		public boolean isReady() {
			return this.target.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.target.setWriteListener(listener);
		}

	}

}
