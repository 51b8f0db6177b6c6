package dev.riyaz.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the whole application ({@code riyaz.app.*}); each feature's own settings are in its own mapping, such as
 * {@code riyaz.mail.*}. The prefix is not {@code riyaz} itself: a mapping refuses names under its prefix that it does
 * not know, and {@code riyaz.*} also holds properties no mapping reads ({@code riyaz.data-dir},
 * {@code riyaz.h2-options}).
 */
@ConfigMapping(prefix = "riyaz.app")
public interface AppConfig {

    /**
     * Where people reach this server ({@code RIYAZ_BASE_URL}): links in mail, share links, the calendar address and
     * the git hook start with it. Before it was app-wide it was {@code riyaz.mail.base-url}, which is still read.
     */
    @WithDefault("${riyaz.mail.base-url:http://localhost:8080}")
    String baseUrl();
}
