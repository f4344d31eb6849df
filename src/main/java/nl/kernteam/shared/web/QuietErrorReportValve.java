package nl.kernteam.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;

/**
 * Tomcat's last word on a request that never reached Kernteam (a URL it could not decode,
 * such as {@code /households/%E0%A4%A}): 400 as problem+json under {@code /api/}, a plain
 * Dutch page otherwise, instead of Tomcat's own English HTML. Nothing about the failure
 * goes into the answer.
 */
public class QuietErrorReportValve extends ErrorReportValve {

	private volatile MessageSource messages;

	void setMessages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || messages == null) {
			if (messages == null) {
				super.report(request, response, throwable);
			}
			return;
		}
		var ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get() || !response.setErrorReported()) {
			return;
		}
		String uri = request.getRequestURI();
		try {
			response.setContentType(MalformedRequests.contentType(uri));
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				MalformedRequests.write(writer, uri, status, messages, WebConfiguration.DUTCH);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// the client went away or the response is already gone: nothing left to tell
		}
	}

}
