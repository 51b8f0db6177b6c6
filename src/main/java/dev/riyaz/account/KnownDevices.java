package dev.riyaz.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Remembers the browsers that sign in to an account (the newest {@value #KEEP}), for the log-in throttle. */
@ApplicationScoped
class KnownDevices {

    static final int KEEP = 20;

    private final LoginClients clients;
    private final Clock clock;

    KnownDevices(LoginClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    /**
     * Notes that the browser of the current request signed in to this account; a new secret for its known-device cookie
     * when it was not known yet.
     */
    @Transactional
    Optional<String> remember(User user) {
        Instant now = clock.instant();
        Optional<KnownDevice> known =
                clients.deviceSecret().flatMap(secret -> KnownDevice.findOf(user, Secrets.sha256(secret)));
        if (known.isPresent()) {
            known.get().lastUsedAt = now;
            return Optional.empty();
        }
        String secret = Secrets.random();
        KnownDevice device = new KnownDevice();
        device.user = user;
        device.tokenHash = Secrets.sha256(secret);
        device.createdAt = now;
        device.lastUsedAt = now;
        device.persist();
        KnownDevice.keepNewest(user, KEEP);
        return Optional.of(secret);
    }
}
