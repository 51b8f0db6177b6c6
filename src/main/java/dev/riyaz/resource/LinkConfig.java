package dev.riyaz.resource;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How Riyaz reads the title of a link saved without one. */
@ConfigMapping(prefix = "riyaz.links")
public interface LinkConfig {

    /** Whether the page's own title is read at all; when not, a link is named by its site. */
    @WithDefault("true")
    boolean readTitles();

    /**
     * Whether only public addresses may be fetched (never loopback, private, link-local, unique-local or multicast).
     * Keep it on for any server other people use: off, a link could make Riyaz reach into its own network.
     */
    @WithDefault("true")
    boolean publicAddressesOnly();

    /** The whole fetch, redirects included; at most 3 seconds whatever is set. */
    @WithDefault("3s")
    Duration titleTimeout();

    /** How much of a page is read looking for its title; at most 64 KiB whatever is set. */
    @WithDefault("65536")
    int titleMaxBytes();
}
