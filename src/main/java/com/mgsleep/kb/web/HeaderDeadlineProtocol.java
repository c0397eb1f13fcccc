package com.mgsleep.kb.web;

import java.net.SocketTimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 connector with a bound on the whole time a request's line and headers
 * may take to arrive. Tomcat's own {@code connectionTimeout} is the longest silence
 * between two reads, so a client that sends one header byte a second holds its
 * connection, and the buffers allocated for it, for ever; a few thousand such clients
 * take every connection the server allows. Once a second this closes the connections
 * whose request started arriving longer ago than {@link #setHeaderReadTimeout the
 * deadline} and is still in its headers. A browser sends its headers in one packet, so it
 * never comes near the deadline.
 */
public class HeaderDeadlineProtocol extends Http11NioProtocol {

	private static final long SWEEP_MILLIS = 1000;

	/** The deadline while the connections are nearly all taken. */
	static final long PRESSED_TIMEOUT_MILLIS = 2000;

	private volatile long headerReadTimeoutMillis;

	private ScheduledFuture<?> sweeper;

	/**
	 * Sets the deadline.
	 * @param millis the longest time from a request's first byte to the end of its
	 * headers; 0 or less turns the deadline off
	 */
	public void setHeaderReadTimeout(long millis) {
		this.headerReadTimeoutMillis = millis;
	}

	public long getHeaderReadTimeout() {
		return this.headerReadTimeoutMillis;
	}

	@Override
	public void start() throws Exception {
		super.start();
		if (this.headerReadTimeoutMillis > 0) {
			this.sweeper = getUtilityExecutor().scheduleWithFixedDelay(this::closeLateHeaders, SWEEP_MILLIS,
					SWEEP_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void stop() throws Exception {
		if (this.sweeper != null) {
			this.sweeper.cancel(false);
			this.sweeper = null;
		}
		super.stop();
	}

	/**
	 * Ends every connection still reading headers past the deadline, the way Tomcat ends
	 * a connection whose read timed out: marked with a timeout and handed to the
	 * connection's handler, which closes it.
	 */
	void closeLateHeaders() {
		long now = System.nanoTime();
		boolean pressed = getEndpoint().getConnectionCount() > getMaxConnections() * 3L / 4;
		long limit = TimeUnit.MILLISECONDS.toNanos(pressed
				? Math.min(PRESSED_TIMEOUT_MILLIS, this.headerReadTimeoutMillis) : this.headerReadTimeoutMillis);
		for (SocketWrapperBase<NioChannel> connection : getEndpoint().getConnections()) {
			if (connection.getCurrentProcessor() instanceof AbstractProcessor processor
					&& isLate(processor, now, limit)) {
				connection.setError(new SocketTimeoutException("request headers not complete in time"));
				getEndpoint().processSocket(connection, SocketEvent.ERROR, true);
			}
		}
	}

	/**
	 * A processor stays with its connection between reads only while a request is
	 * incomplete (or asynchronous, which this site never is). Its request's start is
	 * marked at the request line's first byte and cleared when the request ends, so an
	 * idle keep-alive connection, which has none, is left to keepAliveTimeout.
	 */
	private static boolean isLate(AbstractProcessor processor, long now, long limit) {
		long start = processor.getRequest().getStartTimeNanos();
		return !processor.isAsync() && !processor.isUpgrade() && start != -1 && now - start > limit;
	}

}
