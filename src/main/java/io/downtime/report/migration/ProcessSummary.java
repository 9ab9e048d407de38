package io.downtime.report.migration;

import io.downtime.libvirt.QemuLifetime;
import io.downtime.model.QemuMessage;
import io.downtime.run.DomainProcess;
import io.downtime.run.FoundMigrations;

import java.util.ArrayList;
import java.util.List;

/**
 * One QEMU process of a libvirt domain log in words: a failed start, the receiving or sending side of
 * numbered migrations, or none of them ({@link DomainProcess} joins the processes to the migrations).
 *
 * @param log     the domain log's name as given
 * @param process the process
 * @param what    {@code failed start: <QEMU's first message>}, {@code received migration 1, sent migration 2},
 *                {@code no migration}
 */
record ProcessSummary(String log, QemuLifetime process, String what) {

    /** Every process of every domain log, in input then file order. */
    static List<ProcessSummary> of(FoundMigrations found) {
        return DomainProcess.of(found).stream()
                .map(process -> new ProcessSummary(process.log(), process.process(), what(process))).toList();
    }

    private static String what(DomainProcess domainProcess) {
        QemuLifetime process = domainProcess.process();
        if (process.failedStart()) {
            return "failed start" + process.qemuMessages().stream().findFirst().map(QemuMessage::text)
                    .map(text -> ": " + text).orElse("");
        }
        List<String> parts = new ArrayList<>();
        for (DomainProcess.Part part : domainProcess.migrations()) {
            parts.add((part.sent() ? "sent" : "received") + " migration " + part.migration());
        }
        return parts.isEmpty() ? "no migration" : String.join(", ", parts);
    }
}
