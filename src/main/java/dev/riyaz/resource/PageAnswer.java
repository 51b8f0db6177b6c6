package dev.riyaz.resource;

import java.util.Locale;

/** What a web server answered to Riyaz's request for a page: status, where it redirects, the type and the body. */
record PageAnswer(int status, String location, String contentType, byte[] body) {

    /** The status line and headers as read (ISO-8859-1); a status of 0 when they cannot be read. */
    static PageAnswer head(String head) {
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = 0;
        if (statusLine.length >= 2 && statusLine[0].startsWith("HTTP/") && statusLine[1].matches("[0-9]{3}")) {
            status = Integer.parseInt(statusLine[1]);
        }
        String location = null;
        String contentType = null;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).strip();
            if (name.equals("location")) {
                location = value;
            } else if (name.equals("content-type")) {
                contentType = value;
            }
        }
        return new PageAnswer(status, location, contentType, new byte[0]);
    }

    PageAnswer withBody(byte[] read) {
        return new PageAnswer(status, location, contentType, read);
    }

    boolean redirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Only HTML pages have a title to read. */
    boolean html() {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }
}
