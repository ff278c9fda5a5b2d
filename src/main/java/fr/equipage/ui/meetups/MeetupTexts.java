package fr.equipage.ui.meetups;

import fr.equipage.engine.Progress;
import fr.equipage.model.MeetupScore;
import fr.equipage.model.Message;
import fr.equipage.ui.framework.I18n;

/** The screen's sentences built from the model (JavaFX-free, so they are tested as words). */
final class MeetupTexts {
    private final I18n i18n;
    private final MeetupsModel model;

    MeetupTexts(I18n i18n, MeetupsModel model) {
        this.i18n = i18n;
        this.model = model;
    }

    /** « Score : 120 » with its parts, or what to do first when nothing is planned. */
    String score() {
        if (!model.isLoaded() || !model.hasPlan()) {
            return i18n.get("meetups.score.none");
        }
        return i18n.format("meetups.score", model.score().total());
    }

    String parts(MeetupScore s) {
        return i18n.format("meetups.parts", s.repeat(), s.sameMinistry(), s.sharedInterest(), s.knowHow());
    }

    /** Whether nobody meets twice and every apart pair is kept apart: the first thing the room asks. */
    String status() {
        if (!model.isLoaded() || !model.hasPlan()) {
            return "";
        }
        long repeats = model.score().repeats();
        long apart = model.allWarnings().stream().filter(w -> w.kind() == PairWarning.Kind.APART).count();
        if (repeats == 0 && apart == 0) {
            return i18n.get("meetups.status.ok");
        }
        String r = repeats == 0 ? "" : i18n.format("meetups.status.repeats", repeats);
        String a = apart == 0 ? "" : i18n.format("meetups.status.apart", apart);
        return r.isEmpty() ? a : a.isEmpty() ? r : r + " · " + a;
    }

    boolean ok() {
        return model.isLoaded() && model.score().repeats() == 0 && model.allWarnings().isEmpty();
    }

    /** « Camille Martin et Léa Bernard se sont déjà rencontrés au tour 2 ». */
    String warning(PairWarning w) {
        String a = model.name(w.first());
        String b = model.name(w.second());
        if (w.kind() == PairWarning.Kind.APART) {
            return i18n.format("meetups.warning.apart", a, b);
        }
        return w.metIn() == 0 ? i18n.format("meetups.warning.history", a, b)
                : i18n.format("meetups.warning.repeat", a, b, w.metIn());
    }

    String moreWarnings(int count) {
        return i18n.format("meetups.warning.more", count);
    }

    /** The round as the selector lists it: « Tour 2 · tenu ». */
    String round(int round) {
        String state = model.isHeld(round) ? "meetups.round.held" : model.isPlanned(round) ? "meetups.round.planned"
                : "meetups.round.empty";
        return i18n.format("meetups.round.item", round, i18n.get(state));
    }

    /** The heading over a round's tables: people present, tables, score. */
    String roundHeading(int round) {
        long present = model.presentCount(round);
        if (!model.isPlanned(round)) {
            return i18n.format("meetups.round.heading.empty", round, present);
        }
        return i18n.format("meetups.round.heading", round, present, model.groups(round).size(),
                model.roundScore(round).total());
    }

    String table(GroupView g) {
        return i18n.format("meetups.table", g.index() + 1, g.members().size(), g.score().total());
    }

    String absent() {
        return i18n.get("meetups.member.absent");
    }

    String starter(Message m) {
        return i18n.typeset(m.format(i18n.locale()));
    }

    /** What a drop would do: « Échanger Camille et Léa : +3 points », and the warnings it would add. */
    String preview(int round, String a, String b, SwapPreview p) {
        StringBuilder sb = new StringBuilder(i18n.format("meetups.preview", model.name(a), model.name(b), p.delta()));
        for (PairWarning w : p.newWarnings()) {
            // A pair brought together in this round may meet again in a later one: say where.
            sb.append("\n⚠ ").append(w.round() == round ? warning(w)
                    : i18n.format("meetups.preview.inRound", w.round(), warning(w)));
        }
        return sb.toString();
    }

    /** While a person is picked with the keyboard: how to finish the swap. */
    String pickHint(String name) {
        return i18n.format("meetups.pick", name);
    }

    String progress(Progress p) {
        if (p == null) {
            return i18n.get("meetups.progress.starting");
        }
        return i18n.format("meetups.progress", p.bestScore() == null ? 0 : p.bestScore(), p.elapsed().toMillis() / 1000.0);
    }
}
