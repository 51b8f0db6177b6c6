package dev.riyaz.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The pieces of one HTTP exchange over a socket already connected to an address {@link PublicAddresses} allowed (the
 * server connects to that address itself, so a second name look-up cannot lead elsewhere; the JDK's HttpClient would
 * look the name up again): TLS on top with the host's name for SNI and the certificate check, the answer's head read
 * within a deadline and a size cap, and the time left until the deadline. Used by {@code resource.PageTitles} (link
 * titles) and {@code push.PushPost} (Web Push).
 */
public final class PinnedHttp {

    private PinnedHttp() {}

    /**
     * TLS over the connected socket, checking that the certificate is the host's ({@code host} without brackets; an
     * IP address gets no SNI name).
     */
    public static Socket tls(Socket plain, String host, int port) throws IOException {
        try {
            SSLSocket tls =
                    (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket(plain, host, port, false);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!host.contains(":") && !host.matches("[0-9.]+")) {
                parameters.setServerNames(List.of(new SNIHostName(IDN.toASCII(host))));
            }
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            return tls;
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    /**
     * The answer's status line and headers, up to and including the blank line, read before the deadline; at most
     * {@code maxBytes} (what is read by then when the head is longer). Empty when the other side said nothing.
     */
    public static String readHead(InputStream in, Socket socket, long deadline, int maxBytes) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (head.size() < maxBytes) {
            socket.setSoTimeout(millisLeft(deadline));
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Milliseconds until the deadline (a {@link System#nanoTime()} value); an IOException once it has passed. */
    public static int millisLeft(long deadline) throws IOException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new IOException("out of time");
        }
        return (int) Math.min(left, Integer.MAX_VALUE);
    }
}
