package dev.riyaz.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What people send to create and change their account. Messages say how to fix the input. */
public final class AccountRequests {

    private AccountRequests() {}

    public record SignUp(
            @NotBlank(message = "Enter your e-mail address.")
                    @Email(message = "Enter an e-mail address like name@example.com.")
                    @Size(max = 254, message = "Use at most 254 characters.")
                    String email,
            @NotBlank(message = "Choose a password of 12 to 128 characters.")
                    @Size(min = 12, max = 128, message = "Choose a password of 12 to 128 characters.")
                    String password,
            @NotBlank(message = "Tell us what to call you.") @Size(max = 80, message = "Use at most 80 characters.")
                    String displayName,
            @NotBlank(message = "Choose your time zone.") String timeZone) {}

    public record Update(
            @Size(min = 1, max = 80, message = "Use 1 to 80 characters.")
                    @Pattern(regexp = "(?s).*\\S.*", message = "Tell us what to call you.")
                    String displayName,
            String timeZone,
            @Min(value = 0, message = "Choose an hour from 0 to 6.")
                    @Max(value = 6, message = "Choose an hour from 0 to 6.")
                    Integer dayStartHour,
            String firstDayOfWeek) {}

    public record ChangePassword(
            @NotBlank(message = "Enter your current password.") String currentPassword,
            @NotBlank(message = "Choose a new password of 12 to 128 characters.")
                    @Size(min = 12, max = 128, message = "Choose a new password of 12 to 128 characters.")
                    String newPassword) {}

    /** Deleting one's account: the password again, and a tick that says it was meant. */
    public record DeleteAccount(String password, boolean confirmed) {}

    /** The password alone, to confirm something that cannot be undone. */
    public record Password(String password) {}
}
