package dev.riyaz.resource;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.common.PublicAddresses;

/**
 * Names a link saved from the form without a title: the page's own {@code <title>} when Riyaz can read it within its
 * bounds ({@link PageTitles}), else the site ("docs.python.org"). It waits for the network, so callers use it before
 * their transaction starts, never inside one.
 */
@ApplicationScoped
class LinkTitles {

    static final Duration LONGEST = Duration.ofSeconds(3);
    static final int MOST_BYTES = 64 * 1024;
    static final int MAX_REDIRECTS = 3;

    private final LinkConfig config;
    /** Four fetches at a time; more wait in a short queue, and past that a link is simply named by its site. */
    private final ThreadPoolExecutor workers =
            new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(16), runnable -> {
                Thread thread = new Thread(runnable, "riyaz-link-titles");
                thread.setDaemon(true);
                return thread;
            });

    LinkTitles(LinkConfig config) {
        this.config = config;
        workers.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** The request as sent when it has a title or an unreadable link; otherwise with the page's title or the site. */
    ResourceRequest withTitle(ResourceRequest request) {
        if (request.title() != null && !request.title().isBlank()) {
            return request;
        }
        String url;
        try {
            url = Links.parse(request.url()).url();
        } catch (Links.BadLink e) {
            return request;
        }
        String title = config.readTitles() ? fetcher().titleOf(url).orElse(null) : null;
        return request.withTitle(title != null ? title : Links.site(url));
    }

    /** Settings are read on every use, bounded whatever they say. */
    private PageTitles fetcher() {
        Duration timeout = config.titleTimeout().compareTo(LONGEST) > 0 ? LONGEST : config.titleTimeout();
        int bytes = Math.max(1024, Math.min(MOST_BYTES, config.titleMaxBytes()));
        return new PageTitles(
                new PageTitles.Limits(timeout, bytes, MAX_REDIRECTS),
                workers,
                config.publicAddressesOnly() ? PublicAddresses::isPublic : address -> true);
    }
}
