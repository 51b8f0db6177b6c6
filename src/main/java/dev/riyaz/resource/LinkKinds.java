package dev.riyaz.resource;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The kind of resource a link most likely is, from the sites people learn from. */
final class LinkKinds {

    private static final Map<Resource.Kind, List<String>> SITES = Map.of(
            Resource.Kind.video, List.of("youtube.com", "youtu.be", "vimeo.com"),
            Resource.Kind.repo, List.of("github.com", "gitlab.com", "codeberg.org", "bitbucket.org"),
            Resource.Kind.social,
                    List.of(
                            "instagram.com",
                            "twitter.com",
                            "x.com",
                            "linkedin.com",
                            "facebook.com",
                            "tiktok.com",
                            "reddit.com",
                            "mastodon.social",
                            "bsky.app",
                            "threads.net",
                            "discord.com",
                            "discord.gg"),
            Resource.Kind.practice,
                    List.of(
                            "exercism.org",
                            "leetcode.com",
                            "hackerrank.com",
                            "codewars.com",
                            "projecteuler.net",
                            "adventofcode.com",
                            "codingbat.com",
                            "edabit.com"),
            Resource.Kind.course,
                    List.of(
                            "coursera.org",
                            "udemy.com",
                            "edx.org",
                            "freecodecamp.org",
                            "khanacademy.org",
                            "codecademy.com",
                            "cs50.harvard.edu",
                            "theodinproject.com",
                            "udacity.com"),
            Resource.Kind.docs, List.of("developer.mozilla.org", "readthedocs.io", "readthedocs.org", "devdocs.io"),
            Resource.Kind.article, List.of("medium.com", "dev.to", "substack.com", "hashnode.dev"));

    private LinkKinds() {}

    /** The kind a link most likely is, from its site; {@code other} when we cannot tell. */
    static Resource.Kind guess(String url) {
        URI uri = URI.create(url);
        String host = uri.getHost() == null ? "" : uri.getHost();
        for (Map.Entry<Resource.Kind, List<String>> site : SITES.entrySet()) {
            if (site.getValue().stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain))) {
                return site.getKey();
            }
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (host.startsWith("docs.") || path.startsWith("/docs/") || path.equals("/docs")) {
            return Resource.Kind.docs;
        }
        return Resource.Kind.other;
    }
}
