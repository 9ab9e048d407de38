package io.downtime.run;

import io.downtime.model.LineRef;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Settles the roles the runs' own lines left unknown, from the logs around them, in this order: the
 * counterpart of the other logs' runs; a word of the log's file name; and, for two logs that nothing
 * tells apart, a guess said to be one. {@code --role} overrides everything.
 */
final class RoleSettler {
    private static final Set<String> SOURCE_WORDS = Set.of("src", "source");
    private static final Set<String> DESTINATION_WORDS = Set.of("dst", "dest", "destination");

    private RoleSettler() {
    }

    /** @param logs the drafts of each log, in the order the logs were given */
    static void settle(List<List<RunDraft>> logs, Optional<Role> firstLogRole) {
        if (firstLogRole.isPresent()) {
            force(logs, firstLogRole.get());
            return;
        }
        counterparts(logs);
        fileNames(logs);
        guess(logs);
    }

    private static void force(List<List<RunDraft>> logs, Role first) {
        for (int i = 0; i < logs.size(); i++) {
            Role role = i == 0 ? first : first.counterpart();
            for (RunDraft draft : logs.get(i)) {
                RoleNote note = new RoleNote.Forced(draft.role.role().filter(seen -> seen != role));
                draft.role = new RoleAssignment(Optional.of(role), RoleBasis.FORCED, draft.role.evidence(), note);
            }
        }
    }

    /** A run with no clue of its own, when every run of the other logs that shows its role shows the same one. */
    private static void counterparts(List<List<RunDraft>> logs) {
        if (logs.size() < 2) {
            return;
        }
        List<Optional<Role>> others = new ArrayList<>();
        for (int i = 0; i < logs.size(); i++) {
            List<Role> roles = new ArrayList<>();
            for (int k = 0; k < logs.size(); k++) {
                if (k == i) {
                    continue;
                }
                logs.get(k).stream().filter(d -> d.role.basis().ownEvidence()).map(d -> d.role.role().get())
                        .distinct().filter(role -> !roles.contains(role)).forEach(roles::add);
            }
            others.add(roles.size() == 1 ? Optional.of(roles.get(0)) : Optional.empty());
        }
        for (int i = 0; i < logs.size(); i++) {
            Optional<Role> other = others.get(i);
            for (RunDraft draft : logs.get(i)) {
                if (!draft.known() && other.isPresent()) {
                    Role role = other.get().counterpart();
                    draft.role = new RoleAssignment(Optional.of(role), RoleBasis.COUNTERPART, List.of(),
                            new RoleNote.Counterpart(other.get()));
                }
            }
        }
    }

    private static void fileNames(List<List<RunDraft>> logs) {
        for (List<RunDraft> log : logs) {
            for (RunDraft draft : log) {
                if (draft.known()) {
                    continue;
                }
                fileNameClue(draft.id.input(), firstLine(draft)).ifPresent(clue -> draft.role = new RoleAssignment(
                        Optional.of(clue.role()), RoleBasis.FILE_NAME, List.of(clue), new RoleNote.FromFileName()));
            }
        }
    }

    /** {@code src}, {@code source}, {@code dst}, {@code dest} or {@code destination} as a word of the file name. */
    static Optional<RoleEvidence> fileNameClue(String input, LineRef first) {
        Path fileName = Path.of(input).getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toString();
        boolean source = false;
        boolean destination = false;
        for (String word : name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            source |= SOURCE_WORDS.contains(word);
            destination |= DESTINATION_WORDS.contains(word);
        }
        if (source == destination) {
            return Optional.empty();
        }
        Role role = source ? Role.SOURCE : Role.DESTINATION;
        return Optional.of(new RoleEvidence(role, RoleBasis.FILE_NAME, first, 0, new RoleSign.FileName(name,
                (source ? SOURCE_WORDS : DESTINATION_WORDS).stream().sorted().toList())));
    }

    /**
     * Two logs whose runs nothing tells apart. A destination waits in {@code setup} until the source
     * connects, so the log whose run waited longer from {@code setup} to {@code active} (each on its own
     * clock) is taken as the destination's; without both waits, the first log given is the source's.
     */
    private static void guess(List<List<RunDraft>> logs) {
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < logs.size(); i++) {
            if (logs.get(i).stream().anyMatch(d -> !d.known())) {
                unknown.add(i);
            }
        }
        if (unknown.size() != 2) {
            return;
        }
        List<RunDraft> first = logs.get(unknown.get(0));
        List<RunDraft> second = logs.get(unknown.get(1));
        OptionalLong firstWait = setupWait(first);
        OptionalLong secondWait = setupWait(second);
        Role firstRole = Role.SOURCE;
        RoleNote why = new RoleNote.GuessFirstGiven();
        if (firstWait.isPresent() && secondWait.isPresent() && firstWait.getAsLong() != secondWait.getAsLong()) {
            firstRole = firstWait.getAsLong() > secondWait.getAsLong() ? Role.DESTINATION : Role.SOURCE;
            why = new RoleNote.GuessLongerWait(Math.max(firstWait.getAsLong(), secondWait.getAsLong()),
                    Math.min(firstWait.getAsLong(), secondWait.getAsLong()));
        }
        assignGuess(first, firstRole, why);
        assignGuess(second, firstRole.counterpart(), why);
    }

    private static void assignGuess(List<RunDraft> log, Role role, RoleNote why) {
        for (RunDraft draft : log) {
            if (!draft.known()) {
                draft.role = new RoleAssignment(Optional.of(role), RoleBasis.GUESS, List.of(), why);
            }
        }
    }

    /** setup to the active after it, in the log's first run without a role, when both lines are timed. */
    private static OptionalLong setupWait(List<RunDraft> log) {
        for (RunDraft draft : log) {
            if (draft.known()) {
                continue;
            }
            Optional<StateChange> setup = state(draft.events, MigrationStates.SETUP);
            Optional<StateChange> active = state(draft.events, MigrationStates.ACTIVE);
            if (setup.isPresent() && active.isPresent() && setup.get().header().hasTime()
                    && active.get().header().hasTime()) {
                return OptionalLong.of(active.get().header().micros() - setup.get().header().micros());
            }
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    private static Optional<StateChange> state(List<TraceEvent> events, String state) {
        return events.stream().filter(e -> e instanceof StateChange change && change.state().equals(state))
                .map(StateChange.class::cast).findFirst();
    }

    private static LineRef firstLine(RunDraft draft) {
        return draft.events.get(0).header().where();
    }
}
