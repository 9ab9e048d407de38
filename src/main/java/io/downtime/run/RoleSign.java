package io.downtime.run;

import io.downtime.model.DeviceOperation;
import io.downtime.model.LineRef;

import java.util.List;

/**
 * What one piece of {@link RoleEvidence} is, with the values a user can check against the log;
 * {@code report.words.RoleWords} words it.
 */
public sealed interface RoleSign {

    /** {@code vmstate_downtime_save} or {@code _load} lines: only the source saves device state, only the destination loads it. */
    record DeviceState(DeviceOperation operation) implements RoleSign {
    }

    /** Checkpoints the catalogue gives to one host; {@code first} is the first one's name as the log wrote it. */
    record Checkpoints(String first) implements RoleSign {
    }

    /** {@code migrate_set_state} into a state only one side enters ({@code device}, {@code cancelling}, ...). */
    record OneSideState(String state) implements RoleSign {
    }

    /** An event or message of the strict-SLA RFC that only one side writes. */
    record Rfc(RfcSign sign) implements RoleSign {
    }

    /** The strict-SLA RFC's one-sided lines. */
    enum RfcSign {
        /** {@code qemu_savevm_send_downtime}: the source sends its downtime. */
        DOWNTIME_SENT,
        /** {@code loadvm_handle_src_downtime}: the destination receives it. */
        DOWNTIME_RECEIVED,
        /** {@code qemu_loadvm_downtime_abort}: the destination's abort check. */
        DESTINATION_ABORT,
        /** {@code abort_limit ... was reached}: printed by the destination. */
        ABORT_LIMIT_MESSAGE,
        /** {@code Downtime Limit ... exceeded}: printed by the source. */
        LIMIT_EXCEEDED_MESSAGE
    }

    /** libvirt started the run's QEMU (process {@code process} of the domain log) without {@code -incoming}. */
    record StartedWithoutIncoming(int process) implements RoleSign {
    }

    /** libvirt started the run's QEMU with {@code -incoming uri}, and this is its first run: the incoming migration. */
    record StartedIncoming(int process, String uri) implements RoleSign {
    }

    /** libvirt started the run's QEMU with {@code -incoming}, and an earlier run received the guest: this one sends it on. */
    record ReceivedEarlier(int process) implements RoleSign {
    }

    /**
     * The threads that entered {@code setup} (at {@code setup}) and the {@code active} after it: different
     * threads for the source, one for the destination.
     */
    record StateThreads(long setupThread, LineRef setup, long activeThread) implements RoleSign {
        public boolean sameThread() {
            return setupThread == activeThread;
        }
    }

    /** A message of QEMU that only one side prints. */
    record Message(KnownMessage message) implements RoleSign {
    }

    /** The log's file name holds a word that names one side; {@code words}: the words that would name it, sorted. */
    record FileName(String name, List<String> words) implements RoleSign {
        public FileName {
            words = List.copyOf(words);
        }
    }
}
