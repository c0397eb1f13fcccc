package com.mgsleep.kb.web;

import java.nio.charset.StandardCharsets;

import com.mgsleep.kb.search.InvalidSearchException;
import com.mgsleep.kb.search.SearchNotReadyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * One place that turns failures into answers: JSON problem details under {@code /api}, an
 * error page everywhere else, and never a stack trace.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger logger = LoggerFactory.getLogger(ErrorHandling.class);

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	@ExceptionHandler(NoResourceFoundException.class)
	Object handleNoPage(HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, "There is nothing at this address.");
	}

	@ExceptionHandler(ResponseStatusException.class)
	Object handleStatus(HttpServletRequest request, ResponseStatusException ex) {
		return respond(request, ex.getStatusCode(), ex.getReason());
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			BindException.class, InvalidParameterException.class })
	Object handleBadRequest(HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "A parameter of this request is missing or not valid.");
	}

	@ExceptionHandler(InvalidSearchException.class)
	Object handleInvalidSearch(HttpServletRequest request, InvalidSearchException ex) {
		return respond(request, HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(SearchNotReadyException.class)
	Object handleSearchNotReady(HttpServletRequest request, HttpServletResponse response, SearchNotReadyException ex) {
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		return respond(request, HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object handleMethod(HttpServletRequest request) {
		return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "This address is read-only.");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object handleNotAcceptable(HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_ACCEPTABLE, "This address has no answer of the type asked for.");
	}

	@ExceptionHandler(Exception.class)
	Object handleUnexpected(HttpServletRequest request, Exception ex) {
		logger.error("Request {} failed", request.getRequestURI(), ex);
		return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
	}

	private static Object respond(HttpServletRequest request, HttpStatusCode status, String detail) {
		return respond(request, request.getRequestURI(), status, detail);
	}

	/**
	 * Problem details for an address under {@code /api}, the site's error page for any
	 * other.
	 */
	static Object respond(HttpServletRequest request, String path, HttpStatusCode status, String detail) {
		if (path.startsWith("/api/")) {
			return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
		}
		String view = switch (status.value()) {
			case 404 -> "error/404";
			case 400 -> "error/400";
			default -> "error";
		};
		// The page is HTML whatever was asked for; without this, Thymeleaf labels it by
		// the address's extension, such as application/xml for /sitemap.xml.
		request.setAttribute(View.SELECTED_CONTENT_TYPE, HTML);
		ModelAndView page = new ModelAndView(view);
		page.setStatus(status);
		return page;
	}

}
