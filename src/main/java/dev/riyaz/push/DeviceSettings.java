package dev.riyaz.push;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import dev.riyaz.account.CurrentUser;

/** What the "Your devices" part of the settings page shows, read there as {@code inject:pushDevices.list}. */
@RequestScoped
@Named("pushDevices")
public class DeviceSettings {

    private final PushDevices devices;
    private final CurrentUser currentUser;

    DeviceSettings(PushDevices devices, CurrentUser currentUser) {
        this.devices = devices;
        this.currentUser = currentUser;
    }

    /** The signed-in person's devices, oldest first. */
    public List<DeviceView> list() {
        return currentUser.find().map(user -> devices.list(user.id())).orElse(List.of());
    }
}
