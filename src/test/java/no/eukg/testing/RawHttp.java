package no.eukg.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, sending exactly the bytes given: for requests a well-behaved
 * client library refuses to make (raw "..", invalid UTF-8, unknown methods, huge headers).
 */
public final class RawHttp {
    private RawHttp() { }

    /** A response: status, headers as one lower-cased block, and the body. */
    public record Response(int status, String headers, String body) {
        public String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name))
                    return line.substring(colon + 1).trim();
            }
            return null;
        }
    }

    public static Response send(int port, String method, String target, String[] headers, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2)
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            if (body != null)
                head.append("Content-Length: ").append(body.length).append("\r\n");
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException refusedMidway) {
                    // the server may answer (413) and close before reading it all
                }
            }
            out.flush();
            byte[] raw = readAll(socket.getInputStream());
            // Latin-1 maps bytes one to one, so chunk sizes (in bytes) can be followed; the body is
            // decoded as UTF-8 afterwards.
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String headBlock = end < 0 ? text : text.substring(0, end);
            String status = headBlock.split("\r\n", 2)[0];
            int code = Integer.parseInt(status.split(" ")[1]);
            String content = end < 0 ? "" : dechunk(headBlock, text.substring(end + 4));
            return new Response(code, headBlock.toLowerCase(Locale.ROOT), new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int n; (n = in.read(chunk)) > 0; )
                buf.write(chunk, 0, n);
        } catch (java.net.SocketException reset) {
            // a server that refuses a request may reset the connection after answering
        }
        return buf.toByteArray();
    }

    private static String dechunk(String head, String body) {
        if (!head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked"))
            return body;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int nl = body.indexOf("\r\n", i);
            if (nl < 0)
                break;
            int size = Integer.parseInt(body.substring(i, nl).split(";")[0].trim(), 16);
            if (size == 0)
                break;
            out.append(body, nl + 2, Math.min(body.length(), nl + 2 + size));
            i = nl + 2 + size + 2;
        }
        return out.toString();
    }
}
