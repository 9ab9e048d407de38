package io.downtime.report.words;

import io.downtime.model.DeviceOperation;
import io.downtime.run.Durations;
import io.downtime.run.KnownMessage;
import io.downtime.run.Role;
import io.downtime.run.RoleBasis;
import io.downtime.run.RoleEvidence;
import io.downtime.run.RoleNote;
import io.downtime.run.RoleSign;

import java.util.stream.Collectors;

/** The sentences of a run's role: each piece of its evidence ({@code run/RoleSign}), and how it was settled ({@code run/RoleNote}). */
public final class RoleWords {
    private RoleWords() {
    }

    /** {@code 43 lines vmstate_downtime_save: only the source saves device state}. */
    public static String evidence(RoleEvidence evidence) {
        RoleSign sign = evidence.sign();
        long lines = evidence.lines();
        Role host = evidence.role();
        if (sign instanceof RoleSign.DeviceState device) {
            return device.operation() == DeviceOperation.SAVE
                    ? counted(lines, "vmstate_downtime_save", "only the source saves device state")
                    : counted(lines, "vmstate_downtime_load", "only the destination loads device state");
        }
        if (sign instanceof RoleSign.Checkpoints checkpoints) {
            return lines + " " + host.label() + (lines == 1 ? " checkpoint" : " checkpoints") + ", starting with "
                    + checkpoints.first();
        }
        if (sign instanceof RoleSign.OneSideState state) {
            return counted(lines, "migrate_set_state new state " + state.state(), "only the " + host.label()
                    + " enters this state");
        }
        if (sign instanceof RoleSign.Rfc rfc) {
            return rfc(lines, rfc.sign());
        }
        if (sign instanceof RoleSign.StartedWithoutIncoming started) {
            return started(started.process()) + " without -incoming: it cannot receive a migration";
        }
        if (sign instanceof RoleSign.StartedIncoming started) {
            return started(started.process()) + " with -incoming " + started.uri()
                    + ": its first migration is the incoming one";
        }
        if (sign instanceof RoleSign.ReceivedEarlier earlier) {
            return started(earlier.process()) + " with -incoming and it received the guest in an earlier run: a later"
                    + " migration sends it on";
        }
        if (sign instanceof RoleSign.StateThreads threads) {
            return threads.sameThread()
                    ? "setup (" + threads.setup() + ") and active both entered by thread " + threads.setupThread()
                      + ": the destination enters both in its main loop, the source enters active in its migration thread"
                    : "setup entered by thread " + threads.setupThread() + " (" + threads.setup() + "), active by thread "
                      + threads.activeThread() + ": only the source enters active in a thread of its own (its migration"
                      + " thread)";
        }
        if (sign instanceof RoleSign.Message message) {
            return lines + (lines == 1 ? " message " : " messages ") + "\"" + message.message().text() + "\": "
                    + onlyThere(message.message());
        }
        RoleSign.FileName name = (RoleSign.FileName) sign;
        return "the file name " + name.name() + " names the " + host.label() + " ("
                + name.words().stream().map(word -> "'" + word + "'").collect(Collectors.joining(", "))
                + " as a word of the name)";
    }

    /** The evidence and where it is first seen: {@code ... (first at src.log:6)}. */
    public static String evidenceAt(RoleEvidence evidence) {
        return evidence(evidence) + " (first at " + evidence.where() + ")";
    }

    /** Why only the host that prints {@code message} prints it. */
    public static String onlyThere(KnownMessage message) {
        switch (message) {
            case SAVE_FAILED:
                return "only the source saves device state";
            case SOCKET_WRITE:
                return "only the source writes the migration stream";
            case SIBLING_ERROR:
                return "only the source's return-path thread hears the destination's failure";
            case LOAD_FAILED:
                return "only the destination loads a migration";
            case LOAD_STATE_ERROR:
                return "only the destination loads device state";
            default:
                return "only the destination reads section footers";
        }
    }

    /** How the role was settled: {@code from its events}, a conflict, the counterpart, {@code --role}, a guess. */
    public static String note(RoleNote note) {
        if (note instanceof RoleNote.Shown shown) {
            return shown.by() == RoleBasis.STATE_THREADS ? "from the threads of its states"
                    : shown.by() == RoleBasis.MESSAGES ? "from QEMU's messages" : "from its events";
        }
        if (note instanceof RoleNote.Conflicting conflict) {
            return "conflicting evidence: " + conflict.source() + " lines point to the source, " + conflict.destination()
                    + " to the destination; taken as the " + conflict.taken().label() + " (does the log mix two processes?)";
        }
        if (note instanceof RoleNote.NothingShown) {
            return "nothing in the run shows its role (no checkpoint, save, load or source-only state, no states set"
                    + " by telling threads, no message only one side prints)";
        }
        if (note instanceof RoleNote.Forced forced) {
            return "given with --role" + forced.eventsShow().map(seen -> "; its events point to the " + seen.label())
                    .orElse("");
        }
        if (note instanceof RoleNote.Counterpart counterpart) {
            return "nothing in the run shows its role; the other log's runs are " + counterpart.others().label()
                    + " runs, so this is the " + counterpart.others().counterpart().label();
        }
        if (note instanceof RoleNote.FromFileName) {
            return "nothing in the run or the other logs shows its role; taken from the log's file name";
        }
        String why = note instanceof RoleNote.GuessLongerWait wait
                ? "the run that waited longer from setup to active (" + Durations.of(wait.longer()) + " against "
                  + Durations.of(wait.shorter()) + ") is taken as the destination's, which waits there for the source"
                  + " to connect"
                : "the first one given is taken as the source's";
        return "a guess: nothing tells the two logs apart; " + why + " (give --role if it is wrong)";
    }

    private static String counted(long lines, String what, String why) {
        return lines + (lines == 1 ? " line " : " lines ") + what + ": " + why;
    }

    private static String started(int process) {
        return "libvirt started this QEMU (process " + process + ")";
    }

    private static String rfc(long lines, RoleSign.RfcSign sign) {
        switch (sign) {
            case DOWNTIME_SENT:
                return counted(lines, "qemu_savevm_send_downtime", "the source sends its downtime (strict-SLA RFC)");
            case DOWNTIME_RECEIVED:
                return counted(lines, "loadvm_handle_src_downtime",
                        "the destination receives the source's downtime (strict-SLA RFC)");
            case DESTINATION_ABORT:
                return counted(lines, "qemu_loadvm_downtime_abort", "the destination's abort check (strict-SLA RFC)");
            case ABORT_LIMIT_MESSAGE:
                return counted(lines, "abort_limit was reached message", "printed by the destination (strict-SLA RFC)");
            default:
                return counted(lines, "Downtime Limit exceeded message", "printed by the source (strict-SLA RFC)");
        }
    }
}
