package io.downtime.report.html;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A page's table built column by column over its rows (one row per element of {@code rows}): each column
 * says a cell's text and, for a numeric column, the number the browser sorts it by. A numeric column is
 * right-aligned; its sort key is the number as {@link Double#toString(double)} writes it ({@code 485.0},
 * {@code 1.2345678E7}), which page.js reads with {@code parseFloat}, so a sort by value whatever the text.
 * A cell without a number has no key: page.js then reads its text as a number, and an empty cell or a
 * text that is none sorts below every number.
 *
 * @param <R> the row: a record, a domain fact, or a pair made for the table
 */
public final class HtmlTableBuilder<R> {
    private final List<R> rows;
    private final List<HtmlTable.HtmlColumn> columns = new ArrayList<>();
    private final List<List<HtmlTable.Cell>> cellsByColumn = new ArrayList<>();
    private final List<String> rowClasses = new ArrayList<>();

    private HtmlTableBuilder(List<R> rows) {
        this.rows = List.copyOf(rows);
    }

    /** A table with one row per element of {@code rows}, in their order. */
    public static <R> HtmlTableBuilder<R> over(List<R> rows) {
        return new HtmlTableBuilder<>(rows);
    }

    /** A column of words, left-aligned and sorted as text. A null text is an empty cell. */
    public HtmlTableBuilder<R> text(String header, Function<? super R, String> text) {
        return column(header, false, row -> new HtmlTable.Cell(orEmpty(text.apply(row)), null));
    }

    /** A column of whole numbers (counts, line numbers, µs), written in full without grouping. */
    public HtmlTableBuilder<R> number(String header, ToLongFunction<? super R> value) {
        return column(header, true, row -> {
            long number = value.applyAsLong(row);
            return new HtmlTable.Cell(Long.toString(number), Double.toString(number));
        });
    }

    /** Like {@link #number}, where a row may have none (an empty cell, below every number). */
    public HtmlTableBuilder<R> numberOrEmpty(String header, Function<? super R, OptionalLong> value) {
        return column(header, true, row -> {
            OptionalLong number = value.apply(row);
            return number.isPresent()
                    ? new HtmlTable.Cell(Long.toString(number.getAsLong()), Double.toString(number.getAsLong()))
                    : new HtmlTable.Cell("", null);
        });
    }

    /**
     * A column of decimals written with a {@link DecimalFormat} pattern ({@code 0.000}: always three
     * decimals, rounded half-even), in the root locale so that a page is the same on every machine.
     */
    public HtmlTableBuilder<R> decimal(String header, String pattern, Function<? super R, OptionalDouble> value) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        return column(header, true, row -> {
            OptionalDouble number = withoutNaN(value.apply(row));
            return number.isPresent()
                    ? new HtmlTable.Cell(format.format(number.getAsDouble()), Double.toString(number.getAsDouble()))
                    : new HtmlTable.Cell("", null);
        });
    }

    /**
     * A column of printed figures ({@code ≥404.898}, {@code 12.0%}, {@code 3 ± 1}) that sorts by a number
     * that is not shown (the value, or the bound the text starts from); right-aligned as the numbers are.
     * A row without a key sorts by its text as page.js reads it (an empty cell: below every number).
     */
    public HtmlTableBuilder<R> figure(String header, Function<? super R, String> text,
                                      Function<? super R, OptionalDouble> sortKey) {
        return column(header, true, row -> {
            OptionalDouble key = withoutNaN(sortKey.apply(row));
            return new HtmlTable.Cell(orEmpty(text.apply(row)),
                    key.isPresent() ? Double.toString(key.getAsDouble()) : null);
        });
    }

    /** A whole number (µs) as the sort key of a {@link #figure} column. */
    public static OptionalDouble sortKey(OptionalLong number) {
        return number.isPresent() ? OptionalDouble.of(number.getAsLong()) : OptionalDouble.empty();
    }

    /** A CSS class per row (empty for none), for rows a reader must not miss ({@code regression}). */
    public HtmlTableBuilder<R> rowClasses(Function<? super R, String> rowClass) {
        rowClasses.clear();
        rows.forEach(row -> rowClasses.add(rowClass.apply(row)));
        return this;
    }

    public HtmlTable build() {
        List<List<HtmlTable.Cell>> table = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<HtmlTable.Cell> cells = new ArrayList<>(columns.size());
            for (List<HtmlTable.Cell> column : cellsByColumn) {
                cells.add(column.get(r));
            }
            table.add(cells);
        }
        return new HtmlTable(columns, table, rowClasses);
    }

    private HtmlTableBuilder<R> column(String header, boolean numeric, Function<R, HtmlTable.Cell> cell) {
        columns.add(new HtmlTable.HtmlColumn(header, numeric));
        cellsByColumn.add(rows.stream().map(cell).toList());
        return this;
    }

    /** NaN is no number to sort by (0/0: a share of nothing); it is written as no value at all. */
    private static OptionalDouble withoutNaN(OptionalDouble number) {
        return number.isPresent() && Double.isNaN(number.getAsDouble()) ? OptionalDouble.empty() : number;
    }

    /** A null text is an empty cell, as a missing value of a Tablesaw string column printed before. */
    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
