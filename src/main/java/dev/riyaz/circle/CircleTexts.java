package dev.riyaz.circle;

/** Checks the words a person gives a circle: a name of 1 to 80 characters and a description of up to 500. */
final class CircleTexts {

    private CircleTexts() {}

    static String name(String given) {
        String name = given == null ? "" : given.strip();
        if (name.isEmpty()) {
            throw CircleAccess.invalid("name", "circle_error_name_missing");
        }
        if (name.length() > Circle.MAX_NAME) {
            throw CircleAccess.invalid("name", "circle_error_name_long", Circle.MAX_NAME);
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw CircleAccess.invalid("name", "circle_error_control");
        }
        return name;
    }

    static String description(String given) {
        String text = given == null ? "" : given.strip().replace("\r\n", "\n");
        if (text.length() > Circle.MAX_DESCRIPTION) {
            throw CircleAccess.invalid("description", "circle_error_description_long", Circle.MAX_DESCRIPTION);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw CircleAccess.invalid("description", "circle_error_control");
        }
        return text;
    }
}
