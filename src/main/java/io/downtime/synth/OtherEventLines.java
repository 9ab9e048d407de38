package io.downtime.synth;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The bodies of the trace events QEMU writes around a migration when traced with
 * {@code -trace 'migrat*' -trace 'savevm*' -trace 'ram_*'}: event names and argument formats as
 * QEMU 10's {@code migration/trace-events} defines them, arguments drawn at random. The weights follow
 * what such a trace is made of: mostly one line per RAM page sent or loaded, some bookkeeping per
 * iteration. The page and rate-limit events are the haystack (other events); the bookkeeping
 * ({@code migrate_pending_*}, {@code migrate_transferred}, {@code savevm_state_iterate},
 * {@code savevm_section_*}), about a fifth of the lines, is QEMU's switchover decision, which the
 * analyzer understands.
 */
final class OtherEventLines {
    /** Which host's events: a source saves and sends, a destination loads. */
    enum Side { SOURCE, DESTINATION }

    private final SplittableRandom random;
    private long pageOffset;

    OtherEventLines(SplittableRandom random) {
        this.random = random;
    }

    /** One event body (name, a space, its arguments), without stamp or line end. */
    byte[] next(Side side) {
        int pick = random.nextInt(100);
        String body;
        if (pick < 70) {
            pageOffset += 0x1000;
            body = side == Side.SOURCE
                    ? "ram_save_page pc.ram: offset: 0x" + Long.toHexString(pageOffset) + " host: 0x7f" + hex(10)
                    : "ram_load_loop pc.ram: addr: 0x" + Long.toHexString(pageOffset) + " flags: 0x"
                    + Integer.toHexString(8 << random.nextInt(4)) + " host: 0x7f" + hex(10);
        } else if (pick < 76) {
            body = "migration_rate_limit_pre " + random.nextInt(1, 100) + " ms";
        } else if (pick < 82) {
            body = "migration_rate_limit_post urgent: " + random.nextInt(2);
        } else if (pick < 86) {
            long pre = random.nextLong(1L << 33);
            body = "migrate_pending_estimate estimate pending size " + pre + " (pre = " + pre + " post=0)";
        } else if (pick < 89) {
            long pre = random.nextLong(1L << 33);
            body = "migrate_pending_exact exact pending size " + pre + " (pre = " + pre + " post=0)";
        } else if (pick < 92) {
            body = "migrate_transferred transferred " + random.nextLong(1L << 31) + " time_spent "
                    + random.nextInt(100, 110) + " bandwidth " + random.nextLong(1L << 20) + " switchover_bw 0 max_size "
                    + random.nextLong(1L << 28);
        } else if (pick < 94) {
            body = "savevm_state_iterate ";
        } else if (pick < 96) {
            body = "savevm_section_start ram, section_id 2";
        } else if (pick < 98) {
            body = "savevm_section_end ram, section_id 2 -> 0";
        } else if (pick < 99) {
            body = "migration_bitmap_sync_start ";
        } else {
            body = "migration_bitmap_sync_end dirty_pages " + random.nextInt(1 << 20);
        }
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    private String hex(int digits) {
        StringBuilder text = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            text.append(Character.forDigit(random.nextInt(16), 16));
        }
        return text.toString();
    }
}
