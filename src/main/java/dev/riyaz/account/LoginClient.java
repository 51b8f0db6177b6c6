package dev.riyaz.account;

/**
 * Who is trying to log in, as far as the throttle is concerned: a browser that has signed in to this account before
 * ({@code device:<id>}), or else the client's network address ({@code address:<ip>}; IPv6 by its /64 network, which
 * one machine usually has whole).
 */
record LoginClient(String key, boolean knownDevice) {

    static LoginClient device(long id) {
        return new LoginClient("device:" + id, true);
    }

    static LoginClient address(String address) {
        return new LoginClient("address:" + address, false);
    }
}
