package fr.equipage.ui.meetups;

import fr.equipage.model.MeetupSettings;
import fr.equipage.model.MeetupWeights;
import fr.equipage.ui.controls.ProsePage;
import fr.equipage.ui.framework.I18n;
import java.util.ArrayList;
import java.util.List;

/**
 * « Comment les tables sont formées »: the rules every round keeps and the points that rank the
 * schedules, with this season's values, in words anyone in the room can read — as the teams' rules
 * page does (an algorithm that places people owes them this explanation, CRPA art. L311-3-1).
 */
final class MeetupRulesPage extends ProsePage {
    private final MeetupsModel model;
    private final I18n i18n;

    MeetupRulesPage(MeetupsModel model, I18n i18n) {
        super("meetupRules");
        this.model = model;
        this.i18n = i18n;
    }

    @Override
    protected boolean ready() {
        return model.isLoaded();
    }

    @Override
    protected List<String> lines() {
        MeetupSettings s = model.settings();
        MeetupWeights w = s.weights();
        List<String> out = new ArrayList<>();
        out.add("#" + i18n.get("meetups.rules.title"));
        out.add(i18n.format("meetups.rules.intro", s.rounds(), s.groupSize()));
        out.add("#" + i18n.get("meetups.rules.hard"));
        out.add(i18n.format("meetups.rules.M1", s.groupSize()));
        out.add(i18n.get("meetups.rules.M2"));
        out.add("#" + i18n.get("meetups.rules.score"));
        out.add(i18n.format("meetups.rules.repeat", w.repeat()));
        out.add(i18n.format("meetups.rules.sameMinistry", w.sameMinistry()));
        out.add(i18n.format("meetups.rules.sharedInterest", w.sharedInterest()));
        out.add(i18n.format("meetups.rules.knowHow", w.knowHow()));
        out.add("#" + i18n.get("meetups.rules.how"));
        out.add(i18n.get("meetups.rules.how.text"));
        return out;
    }
}
