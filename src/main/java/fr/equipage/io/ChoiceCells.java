package fr.equipage.io;

import fr.equipage.io.Issue.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A participant's ordered choices, from any of the layouts forms produce: one column per rank
 * ("Choix 1", "Projet souhaité (1er choix)"), a ranking grid (one column per project holding its
 * rank), and a cell listing titles in order. Ranked columns come first, then the grid, then lists.
 * Each title is matched to a known project (typos tolerated) or noted as a project to create.
 */
final class ChoiceCells {
    private final SheetIssues issues;
    private final ProposalCatalogue catalogue;

    ChoiceCells(SheetIssues issues, ProposalCatalogue catalogue) {
        this.issues = issues;
        this.catalogue = catalogue;
    }

    /** Project keys in order of preference; {key, title} of titles matching no project go to newTitles. */
    List<String> read(ColumnMapping m, SourceRow row, List<String[]> newTitles) {
        List<int[]> ranked = new ArrayList<>(); // {rank, column}
        List<int[]> grid = new ArrayList<>(); // {rank, column}
        List<Integer> lists = new ArrayList<>();
        for (int c = 0; c < m.size(); c++) {
            ColumnTarget t = m.target(c);
            if (t.field() == Field.CHOICE) {
                ranked.add(new int[] {t.rank(), c});
            } else if (t.field() == Field.CHOICE_LIST) {
                lists.add(c);
            } else if (t.field() == Field.RANK && !row.cell(c).isEmpty()) {
                int rank = Ranks.ofValue(row.cell(c));
                if (rank == 0) {
                    issues.row(Severity.WARNING, row.number(), m.columnName(c), row.cell(c), "choice.rankUnreadable");
                } else {
                    grid.add(new int[] {rank, c});
                }
            }
        }
        Comparator<int[]> byRank = Comparator.comparingInt(a -> a[0]);
        ranked.sort(byRank);
        grid.sort(byRank.thenComparingInt(a -> a[1]));
        List<String> keys = new ArrayList<>();
        for (int[] r : ranked) {
            String v = row.cell(r[1]);
            if (!v.isEmpty()) {
                add(row.number(), m.columnName(r[1]), v, keys, newTitles);
            }
        }
        for (int i = 0; i < grid.size(); i++) {
            int[] g = grid.get(i);
            if (i > 0 && grid.get(i - 1)[0] == g[0]) {
                issues.row(Severity.WARNING, row.number(), m.columnName(g[1]), row.cell(g[1]), "choice.rankTwice");
            }
            add(row.number(), m.columnName(g[1]), HeaderMapper.gridTitle(m.header(g[1])), keys, newTitles);
        }
        for (int c : lists) {
            for (String t : Cells.titles(row.cell(c), catalogue)) {
                add(row.number(), m.columnName(c), t, keys, newTitles);
            }
        }
        return keys;
    }

    private void add(int n, String col, String text, List<String> keys, List<String[]> newTitles) {
        if (text.length() > ImportPlanner.MAX_TITLE) {
            issues.row(Severity.WARNING, n, col, text, "choice.titleTooLong", ImportPlanner.MAX_TITLE);
            return;
        }
        ProposalCatalogue.Entry e = catalogue.find(text);
        String key;
        if (e != null) {
            key = e.key();
        } else {
            key = Texts.key(text);
            if (key.isEmpty()) {
                return;
            }
            if (newTitles.stream().noneMatch(t -> t[0].equals(key))) {
                newTitles.add(new String[] {key, text.strip()});
            }
        }
        if (keys.contains(key)) {
            issues.row(Severity.WARNING, n, col, text, "choice.repeated");
        } else {
            keys.add(key);
        }
    }
}
