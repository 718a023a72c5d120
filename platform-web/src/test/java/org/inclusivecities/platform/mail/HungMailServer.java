package org.inclusivecities.platform.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A mail server that hangs: it accepts every TCP connection and never says a word, as a frozen SMTP server does.
 * After {@link #recover()} it forwards new connections to a working server instead (on the same port), as if it
 * came back. Connections taken while hung stay silent until {@link #close()}.
 */
final class HungMailServer implements AutoCloseable {

	private final ServerSocket listener;

	private final IntSupplier workingPort;

	private final AtomicInteger accepted = new AtomicInteger();

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile boolean recovered;

	HungMailServer(IntSupplier workingPort) throws IOException {
		this.workingPort = workingPort;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().name("hung-smtp").start(this::accept);
	}

	int port() {
		return listener.getLocalPort();
	}

	/** How many connections it took while hung. */
	int hungConnections() {
		return accepted.get();
	}

	void recover() {
		recovered = true;
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				open.add(client);
				if (recovered) {
					forward(client);
				}
				else {
					accepted.incrementAndGet();
				}
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void forward(Socket client) throws IOException {
		Socket server = new Socket(InetAddress.getLoopbackAddress(), workingPort.getAsInt());
		open.add(server);
		Thread.ofVirtual().start(() -> pipe(client, server));
		Thread.ofVirtual().start(() -> pipe(server, client));
	}

	private static void pipe(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// one side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	@Override
	public void close() throws IOException {
		listener.close();
		open.forEach(HungMailServer::closeQuietly);
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
