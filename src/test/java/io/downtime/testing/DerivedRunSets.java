package io.downtime.testing;

import io.downtime.model.DeviceOperation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Run sets made in code from one real sample migration: every device's save and load time is
 * multiplied by seeded log-normal noise, chosen devices are made slower by a factor, and every
 * later line of the host moves by the time added (so the checkpoints, phases and blackout follow),
 * the destination's switchover lines also by everything the source added before it sent them.
 * Test inputs only; the product never rewrites trace lines.
 */
public final class DerivedRunSets {
    private static final Pattern LINE = Pattern.compile("^(\\d+)@(\\d+)\\.(\\d{6}):(\\S+)(.*)$");
    private static final Pattern DOWNTIME = Pattern.compile("^(.* idstr=(\\S+) instance_id=\\d+ downtime=)(\\d+)$");

    /** One device made slower (or faster) in a set: its time multiplied by {@code factor}. */
    public record Slowdown(String idstr, DeviceOperation operation, double factor) {
    }

    /** How the runs of a set are derived. */
    public record Recipe(String sample, double noise, List<Slowdown> slowdowns, List<String> removed,
                         List<String[]> renamed) {
        public static Recipe noise(String sample, double noise) {
            return new Recipe(sample, noise, List.of(), List.of(), List.of());
        }

        public Recipe slower(String idstr, DeviceOperation operation, double factor) {
            List<Slowdown> all = new ArrayList<>(slowdowns);
            all.add(new Slowdown(idstr, operation, factor));
            return new Recipe(sample, noise, all, removed, renamed);
        }

        /** The device's lines dropped on both hosts, as firmware that no longer has it. */
        public Recipe without(String idstr) {
            List<String> all = new ArrayList<>(removed);
            all.add(idstr);
            return new Recipe(sample, noise, slowdowns, all, renamed);
        }

        /** The device under another idstr, as firmware that replaced it. */
        public Recipe renamed(String idstr, String to) {
            List<String[]> all = new ArrayList<>(renamed);
            all.add(new String[]{idstr, to});
            return new Recipe(sample, noise, slowdowns, removed, all);
        }
    }

    private DerivedRunSets() {
    }

    /**
     * Writes {@code runs} cases {@code directory/run-01/src.log, dst.log, ...} and returns the directory.
     * The same seed gives the same files.
     */
    public static Path write(Path directory, Recipe recipe, int runs, long seed) {
        String src = TraceForms.readString(SampleTraces.path(recipe.sample() + "/src.log"));
        String dst = TraceForms.readString(SampleTraces.path(recipe.sample() + "/dst.log"));
        SplittableRandom random = new SplittableRandom(seed);
        for (int run = 1; run <= runs; run++) {
            String[] derived = derive(src, dst, recipe, random);
            Path dir = directory.resolve(String.format(Locale.ROOT, "run-%02d", run));
            TraceForms.write(dir.resolve("src.log"), derived[0].getBytes(StandardCharsets.UTF_8));
            TraceForms.write(dir.resolve("dst.log"), derived[1].getBytes(StandardCharsets.UTF_8));
        }
        return directory;
    }

    /** One run: the source's and the destination's log text. */
    public static String[] derive(String src, String dst, Recipe recipe, SplittableRandom random) {
        long[] sourceShift = {0};
        String source = rewrite(src, recipe, random, DeviceOperation.SAVE, 0, sourceShift);
        String destination = rewrite(dst, recipe, random, DeviceOperation.LOAD, sourceShift[0], new long[]{0});
        return new String[]{source, destination};
    }

    /**
     * Rewrites one host's log. {@code shift[0]} accumulates the time added by its devices; on the
     * destination, lines from the first device load on also move by {@code before} (what the source
     * added: the destination cannot load what the source has not yet saved).
     */
    private static String rewrite(String text, Recipe recipe, SplittableRandom random, DeviceOperation operation,
                                  long before, long[] shift) {
        StringBuilder out = new StringBuilder();
        boolean switchover = operation == DeviceOperation.SAVE;
        for (String line : text.split("\n", -1)) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                out.append(line).append(line.isEmpty() ? "" : "\n");
                continue;
            }
            String event = m.group(4);
            String rest = m.group(5);
            boolean device = event.equals("vmstate_downtime_save") || event.equals("vmstate_downtime_load");
            if (device) {
                Matcher d = DOWNTIME.matcher(rest);
                if (!d.matches()) {
                    throw new IllegalStateException("unexpected device line " + line);
                }
                String idstr = d.group(2);
                if (recipe.removed().contains(idstr)) {
                    shift[0] -= Long.parseLong(d.group(3));
                    continue;
                }
                switchover = true;
                long original = Long.parseLong(d.group(3));
                double factor = Math.exp(recipe.noise() * random.nextGaussian());
                for (Slowdown slowdown : recipe.slowdowns()) {
                    if (slowdown.idstr().equals(idstr) && slowdown.operation() == operation) {
                        factor *= slowdown.factor();
                    }
                }
                long changed = Math.max(0, Math.round(original * factor));
                shift[0] += changed - original;
                String name = idstr;
                for (String[] rename : recipe.renamed()) {
                    if (rename[0].equals(idstr)) {
                        name = rename[1];
                    }
                }
                rest = d.group(1).replace("idstr=" + idstr + " ", "idstr=" + name + " ") + changed;
            }
            long micros = Long.parseLong(m.group(2)) * 1_000_000 + Long.parseLong(m.group(3));
            if (switchover) {
                micros += shift[0] + before;
            }
            out.append(m.group(1)).append('@').append(micros / 1_000_000).append('.')
                    .append(String.format(Locale.ROOT, "%06d", micros % 1_000_000)).append(':').append(event)
                    .append(rest).append('\n');
        }
        return out.toString();
    }
}
