package dev.riyaz.circle;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.riyaz.common.Messages;
import dev.riyaz.progress.HeatCell;
import dev.riyaz.progress.HeatLevels;
import dev.riyaz.progress.Heatmap;

/**
 * The circle's year: for each day, how many members practised a shared goal that counted. Drawn with the progress
 * room's heatmap; its titles hold dates and counts only, never a name or a goal.
 */
record CircleHeatmap(String svg, String summary) {

    static CircleHeatmap of(CircleReads reads, List<CircleMember> members, LocalDate today, DayOfWeek firstDayOfWeek) {
        Heatmap empty = Heatmap.of(today, firstDayOfWeek, List.of());
        LocalDate first = empty.firstDay();
        Map<LocalDate, Integer> people = new HashMap<>();
        for (CircleMember member : members) {
            reads.practiceDays(member.userId, first, today).forEach(day -> people.merge(day, 1, Integer::sum));
        }
        HeatLevels levels = HeatLevels.of(people.values());
        Map<LocalDate, HeatCell> cells = new HashMap<>();
        people.forEach((day, count) -> cells.put(
                day,
                new HeatCell(levels.levelOf(count), Messages.get("circle_heat_day", Heatmap.dayName(day), count))));
        int total = people.values().stream().mapToInt(Integer::intValue).sum();
        String summary = Messages.get("circle_heat_summary", total, people.size());
        String svg = Heatmap.of(today, firstDayOfWeek, levels.legend(null))
                .withCells(cells)
                .withEmptyTitle(day -> Messages.get("circle_heat_none", Heatmap.dayName(day)))
                .render(Messages.get("circle_heat_title"), summary);
        return new CircleHeatmap(svg, summary);
    }
}
