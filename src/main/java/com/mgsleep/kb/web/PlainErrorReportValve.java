package com.mgsleep.kb.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Answers requests that Tomcat rejects before they reach the application (such as an
 * encoded NUL in the path) with the site's own short error page instead of Tomcat's
 * report.
 */
public class PlainErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String title = (status == 404) ? "Page not found" : (status < 500) ? "Bad request" : "Something went wrong";
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			SecurityHeadersFilter.addTo(response);
			if (status == 405) {
				// Tomcat refuses TRACE itself and lists every method the servlet could
				// serve
				response.setHeader("Allow", ReadOnlyMethodsFilter.ALLOW);
			}
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
						+ " · Magnesium &amp; Sleep Evidence</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>"
						+ "<body><main class=\"wrap\"><h1>" + title + "</h1><p>This address could not be read."
						+ " Please check it, or start from the <a href=\"/\">home page</a>.</p></main></body></html>");
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone or the response is already committed; nothing more to
			// send.
		}
	}

}
