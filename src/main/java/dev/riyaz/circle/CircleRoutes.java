package dev.riyaz.circle;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;

/**
 * Where circles live: the JSON API ({@code API}) and the pages ({@code PAGES}). Templates write
 * {@code {circles:circle(circle.id)}}.
 */
@TemplateExtension(namespace = "circles")
public final class CircleRoutes {

    public static final String API = "/api/v1/circles";
    public static final String CIRCLE = "{id}";
    public static final String MEMBERS = "{id}/members";
    public static final String MEMBER = "{id}/members/{userId}";
    public static final String APPROVE = "{id}/members/{userId}/approve";
    public static final String SHARES = "{id}/shares";
    public static final String INVITES = "{id}/invites";
    public static final String INVITE = "{id}/invites/{inviteId}";
    public static final String JOIN = "join";

    public static final String PAGES = "/circles";
    public static final String NEW = "new";
    public static final String PAGE_SHARE = "{id}/share";
    public static final String PAGE_MEMBERS = "{id}/members";
    public static final String PAGE_APPROVE = "{id}/members/{userId}/approve";
    public static final String PAGE_REMOVE = "{id}/members/{userId}/remove";
    public static final String PAGE_ROLE = "{id}/members/{userId}/role";
    public static final String PAGE_LEAVE = "{id}/leave";
    public static final String PAGE_CLOSE = "{id}/close";
    public static final String PAGE_ABOUT = "{id}/about";
    public static final String PAGE_INVITES = "{id}/invites";
    public static final String PAGE_REVOKE = "{id}/invites/{inviteId}/revoke";
    public static final String PAGE_JOIN = "join/{token}";

    private CircleRoutes() {}

    public static String api(long id) {
        return RoutePaths.fill(API, CIRCLE, id);
    }

    public static String apiMember(long id, long userId) {
        return RoutePaths.fill(API, MEMBER, id, userId);
    }

    public static String apiInvite(long id, long inviteId) {
        return RoutePaths.fill(API, INVITE, id, inviteId);
    }

    /** The list of the person's circles; the form that starts one posts here too. */
    public static String list() {
        return PAGES;
    }

    public static String start() {
        return RoutePaths.fill(PAGES, NEW);
    }

    public static String circle(long id) {
        return RoutePaths.fill(PAGES, CIRCLE, id);
    }

    public static String share(long id) {
        return RoutePaths.fill(PAGES, PAGE_SHARE, id);
    }

    public static String members(long id) {
        return RoutePaths.fill(PAGES, PAGE_MEMBERS, id);
    }

    public static String approve(long id, long userId) {
        return RoutePaths.fill(PAGES, PAGE_APPROVE, id, userId);
    }

    public static String remove(long id, long userId) {
        return RoutePaths.fill(PAGES, PAGE_REMOVE, id, userId);
    }

    public static String role(long id, long userId) {
        return RoutePaths.fill(PAGES, PAGE_ROLE, id, userId);
    }

    public static String leave(long id) {
        return RoutePaths.fill(PAGES, PAGE_LEAVE, id);
    }

    public static String close(long id) {
        return RoutePaths.fill(PAGES, PAGE_CLOSE, id);
    }

    public static String about(long id) {
        return RoutePaths.fill(PAGES, PAGE_ABOUT, id);
    }

    public static String invites(long id) {
        return RoutePaths.fill(PAGES, PAGE_INVITES, id);
    }

    public static String revoke(long id, long inviteId) {
        return RoutePaths.fill(PAGES, PAGE_REVOKE, id, inviteId);
    }

    public static String join(String token) {
        return RoutePaths.fill(PAGES, PAGE_JOIN, token);
    }
}
