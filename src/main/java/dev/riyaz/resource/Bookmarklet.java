package dev.riyaz.resource;

import java.net.URI;

/**
 * The "Save to Riyaz" bookmarklet: on any page it opens this server's add form with that page's address and title. It
 * only opens the form; saving still needs the person's click.
 */
final class Bookmarklet {

    private Bookmarklet() {}

    /** The bookmarklet's link for the server at {@code base}; a host that is not a plain name becomes localhost. */
    static String forServer(URI base) {
        String host = base.getHost() == null || !base.getHost().matches("[A-Za-z0-9.:\\[\\]-]+")
                ? "localhost"
                : base.getHost();
        String origin = ("https".equals(base.getScheme()) ? "https" : "http") + "://" + host
                + (base.getPort() == -1 ? "" : ":" + base.getPort()) + LibraryRoutes.newResource();
        return "javascript:(function(){var u='" + origin
                + "?url='+encodeURIComponent(location.href)+'&title='+encodeURIComponent(document.title);"
                + "var w=window.open(u,'riyaz','width=640,height=760');if(!w){location.href=u;}})();";
    }
}
