package nl.kernteam.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body beyond {@code limit} bytes: a declared length beyond it is a 413 before
 * anything is read; a body without declared length stops being read at the limit (the
 * JSON reader then fails: a 400). The largest document Kernteam accepts (a whole joint
 * assessment) stays far below the limit.
 */
class RequestSizeFilter extends OncePerRequestFilter {

	private final long limit;

	private final MessageSource messages;

	RequestSizeFilter(long limit, MessageSource messages) {
		this.limit = limit;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			String uri = request.getRequestURI();
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setHeader("Connection", "close");
			response.setContentType(MalformedRequests.contentType(uri));
			MalformedRequests.write(response.getWriter(), uri, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					messages, WebConfiguration.DUTCH);
			return;
		}
		chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedStream(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private long left;

		LimitedStream(ServletInputStream in, long limit) {
			this.in = in;
			this.left = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0 && --left < 0) {
				throw new IOException("Request body larger than allowed");
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0 && (left -= n) < 0) {
				throw new IOException("Request body larger than allowed");
			}
			return n;
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
