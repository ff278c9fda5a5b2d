package fr.equipage.ui.trainings;

/** French texts are set with narrow no-break spaces before « : » and inside « »; tests read them with plain spaces. */
final class Plain {
    private Plain() {
    }

    static String of(String text) {
        return text == null ? null : text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
