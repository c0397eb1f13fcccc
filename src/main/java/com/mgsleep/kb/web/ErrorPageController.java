package com.mgsleep.kb.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}, where the servlet container sends every error the application did not
 * answer itself (a filter's {@code sendError}, say). Asked for directly, it is a page
 * that does not exist: a 404, not the framework's "status 999" 500.
 */
@Controller
class ErrorPageController implements ErrorController {

	@RequestMapping("/error")
	Object showError(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		if (status == null || !status.isError()) {
			return ErrorHandling.respond(request, "/error", HttpStatus.NOT_FOUND, "There is nothing at this address.");
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return ErrorHandling.respond(request, (uri != null) ? uri.toString() : "/error", status,
				status.getReasonPhrase());
	}

}
