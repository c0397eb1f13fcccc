import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A slowloris flood against a running server, with a normal reader beside it. Opens
 * CONNECTIONS sockets that each send the start of a request and then one header byte per
 * second, for FLOOD_SECONDS; meanwhile, once a second, a normal GET of PATH must be
 * answered 200 within PROBE_TIMEOUT seconds. Then the flood stops and the server must
 * answer again within RECOVERY_SECONDS. Prints what it saw and exits 0 when both held, 1
 * otherwise. A slow socket the server closed is reopened, as a real slowloris does.
 *
 * <p>
 * Usage: java bench/SlowClients.java PORT [CONNECTIONS] [FLOOD_SECONDS] [PATH]
 */
public class SlowClients {

	static final int PROBE_TIMEOUT = 5;

	/** What {@link #get} answers when nothing listens on the port any more. */
	static final int REFUSED = -2;

	static final int RECOVERY_SECONDS = 15;

	/** The share of probes during the flood that must be answered in time. */
	static final double REQUIRED_ANSWERED = 0.9;

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		int connections = (args.length > 1) ? Integer.parseInt(args[1]) : 3000;
		int floodSeconds = (args.length > 2) ? Integer.parseInt(args[2]) : 30;
		String path = (args.length > 3) ? args[3] : "/claims";
		InetSocketAddress server = new InetSocketAddress("127.0.0.1", port);

		Flood flood = new Flood(server, connections);
		Thread dribbler = new Thread(flood::dribble, "flood");
		dribbler.setDaemon(true);
		long start = System.nanoTime();
		// each socket gets its byte a second from the moment it is open
		dribbler.start();
		flood.open();
		System.out.printf("opened %d of %d slow connections in %d ms (%d refused or timed out)%n", flood.open.get(),
				connections, (System.nanoTime() - start) / 1_000_000, flood.failedOpens.get());

		int probes = 0;
		int answered = 0;
		long worst = 0;
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(floodSeconds);
		while (System.nanoTime() < end) {
			long begin = System.nanoTime();
			int status = get(server, path, PROBE_TIMEOUT);
			long millis = (System.nanoTime() - begin) / 1_000_000;
			probes++;
			if (status == REFUSED) {
				System.out.println("  during flood: the server refuses connections; it has stopped");
				break;
			}
			if (status == 200) {
				answered++;
				worst = Math.max(worst, millis);
			}
			System.out.printf("  during flood: GET %s -> %s in %d ms (%d slow connections open, %d reopened)%n", path,
					(status > 0) ? status : "no answer", millis, flood.open.get(), flood.reopened.get());
			Thread.sleep(Math.max(0, 1000 - millis));
		}
		flood.stop();
		dribbler.join(5000);
		System.out.printf("during the flood %d of %d requests answered 200 within %d s (slowest %d ms)%n", answered,
				probes, PROBE_TIMEOUT, worst);

		long recoveryStart = System.nanoTime();
		long recoveryEnd = recoveryStart + TimeUnit.SECONDS.toNanos(RECOVERY_SECONDS);
		boolean recovered = false;
		while (!recovered && System.nanoTime() < recoveryEnd) {
			int status = get(server, path, PROBE_TIMEOUT);
			recovered = status == 200;
			if (status == REFUSED) {
				break;
			}
			if (!recovered) {
				Thread.sleep(500);
			}
		}
		System.out.printf("after the flood: %s%n", recovered ? "answered 200 after "
				+ (System.nanoTime() - recoveryStart) / 1_000_000 + " ms" : "no answer within " + RECOVERY_SECONDS + " s");

		boolean kept = probes > 0 && answered >= Math.ceil(probes * REQUIRED_ANSWERED);
		if (!kept) {
			System.out.printf("FAIL: fewer than %.0f%% of requests were answered during the flood%n",
					REQUIRED_ANSWERED * 100);
		}
		if (!recovered) {
			System.out.println("FAIL: the server did not recover after the flood");
		}
		System.exit((kept && recovered) ? 0 : 1);
	}

	/**
	 * A GET on a connection of its own; the status, -1 without an answer in time, or
	 * {@link #REFUSED}.
	 */
	static int get(InetSocketAddress server, String path, int timeoutSeconds) {
		try (Socket socket = new Socket()) {
			socket.connect(server, timeoutSeconds * 1000);
			socket.setSoTimeout(timeoutSeconds * 1000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] head = in.readNBytes(12);
			if (head.length < 12) {
				return -1;
			}
			int status = Integer.parseInt(new String(head, 9, 3, StandardCharsets.US_ASCII));
			// read to the end, so a slow body counts against the time too
			in.transferTo(OutputStream.nullOutputStream());
			return status;
		}
		catch (ConnectException ex) {
			return REFUSED;
		}
		catch (SocketTimeoutException ex) {
			return -1;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** The slow connections: each has sent a request line and sends one byte a second. */
	static final class Flood {

		private static final byte[] START = "GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
			.getBytes(StandardCharsets.US_ASCII);

		final AtomicInteger open = new AtomicInteger();

		final AtomicInteger failedOpens = new AtomicInteger();

		final AtomicInteger reopened = new AtomicInteger();

		private final InetSocketAddress server;

		private final int connections;

		private final List<Socket> sockets = new ArrayList<>();

		private final ExecutorService reopener = Executors.newFixedThreadPool(32);

		private volatile boolean running = true;

		Flood(InetSocketAddress server, int connections) {
			this.server = server;
			this.connections = connections;
		}

		/** Opens the connections, 32 at a time; returns when each has been tried once. */
		void open() throws InterruptedException {
			ExecutorService pool = Executors.newFixedThreadPool(32);
			for (int i = 0; i < this.connections; i++) {
				pool.execute(this::openOne);
			}
			pool.shutdown();
			pool.awaitTermination(60, TimeUnit.SECONDS);
		}

		private void openOne() {
			Socket socket = connect();
			if (socket != null) {
				synchronized (this.sockets) {
					this.sockets.add(socket);
				}
			}
		}

		private Socket connect() {
			Socket socket = new Socket();
			try {
				socket.connect(this.server, 2000);
				socket.getOutputStream().write(START);
				this.open.incrementAndGet();
				return socket;
			}
			catch (IOException ex) {
				this.failedOpens.incrementAndGet();
				close(socket);
				return null;
			}
		}

		/** One byte a second on every socket; one the server closed is opened again. */
		void dribble() {
			while (this.running) {
				long begin = System.nanoTime();
				List<Socket> current;
				synchronized (this.sockets) {
					current = new ArrayList<>(this.sockets);
				}
				for (int i = 0; i < current.size() && this.running; i++) {
					Socket socket = current.get(i);
					try {
						socket.getOutputStream().write('a');
					}
					catch (IOException ex) {
						// reopened beside the loop, so that the others keep their byte a second
						close(socket);
						this.open.decrementAndGet();
						synchronized (this.sockets) {
							this.sockets.remove(socket);
						}
						this.reopener.execute(() -> {
							if (this.running) {
								openOne();
								this.reopened.incrementAndGet();
							}
						});
					}
				}
				long left = 1000 - (System.nanoTime() - begin) / 1_000_000;
				if (left > 0) {
					try {
						Thread.sleep(left);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}
		}

		void stop() {
			this.running = false;
			this.reopener.shutdownNow();
			synchronized (this.sockets) {
				this.sockets.forEach(Flood::close);
				this.sockets.clear();
			}
			this.open.set(0);
		}

		private static void close(Socket socket) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// nothing to do: the socket is gone either way
			}
		}

	}

}
