package io.downtime.report.html;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table of a page, sortable by any column in the browser. Built from a Tablesaw table at the
 * reporting edge: numeric columns are right-aligned and sort by value, whatever their printed form.
 */
public record HtmlTable(List<HtmlColumn> columns, List<List<Cell>> rows, List<String> rowClasses) implements Block {

    /** @param numeric right-aligned, sorted by number */
    public record HtmlColumn(String header, boolean numeric) {
    }

    /** @param sortKey the value to sort by when it differs from the text; null when it does not */
    public record Cell(String text, String sortKey) {
    }

    /**
     * @param rowClasses a CSS class per row (empty for none), for rows a reader must not miss
     *                   ({@code regression}); this code's own words, never log text
     */
    public HtmlTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        rowClasses = List.copyOf(rowClasses);
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
        if (!rowClasses.isEmpty() && rowClasses.size() != rows.size()) {
            throw new IllegalArgumentException(rowClasses.size() + " row classes for " + rows.size() + " rows");
        }
    }

    public HtmlTable(List<HtmlColumn> columns, List<List<Cell>> rows) {
        this(columns, rows, List.of());
    }

    /** The same table with a CSS class per row (empty for none). */
    public HtmlTable withRowClasses(List<String> classes) {
        return new HtmlTable(columns, rows, classes);
    }

    /** Every column and row of {@code table}, as the columns print them. */
    public static HtmlTable of(Table table) {
        return of(table, Map.of());
    }

    /**
     * Like {@link #of(Table)}, where a column named in {@code sortKeys} (its text a figure such as
     * {@code ≥404.898}) is right-aligned and sorts by the numbers of its key column, which is not shown.
     */
    public static HtmlTable of(Table table, Map<String, ? extends NumericColumn<?>> sortKeys) {
        for (Map.Entry<String, ? extends NumericColumn<?>> key : sortKeys.entrySet()) {
            if (!table.containsColumn(key.getKey()) || key.getValue().size() != table.rowCount()) {
                throw new IllegalArgumentException("sort key for " + key.getKey() + ": no such column, or "
                        + key.getValue().size() + " keys for " + table.rowCount() + " rows");
            }
        }
        List<HtmlColumn> columns = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            columns.add(new HtmlColumn(column.name(), column instanceof NumericColumn<?> || sortKeys.containsKey(column.name())));
        }
        List<List<Cell>> rows = new ArrayList<>(table.rowCount());
        for (int row = 0; row < table.rowCount(); row++) {
            List<Cell> cells = new ArrayList<>(table.columnCount());
            for (Column<?> column : table.columns()) {
                String text = column.isMissing(row) ? "" : column.getString(row);
                Column<?> keys = sortKeys.containsKey(column.name()) ? sortKeys.get(column.name()) : column;
                String sortKey = keys instanceof NumericColumn<?> numbers && !keys.isMissing(row)
                        ? Double.toString(numbers.getDouble(row)) : null;
                cells.add(new Cell(text, sortKey));
            }
            rows.add(cells);
        }
        return new HtmlTable(columns, rows);
    }

    void render(StringBuilder out) {
        out.append("<div class=\"table-wrap\"><table class=\"data sortable\">\n<thead><tr>");
        for (HtmlColumn column : columns) {
            out.append(column.numeric() ? "<th class=\"num\">" : "<th>").append(Escape.html(column.header())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            String rowClass = rowClasses.isEmpty() ? "" : rowClasses.get(r);
            out.append(rowClass.isEmpty() ? "<tr>" : "<tr class=\"" + Escape.attribute(rowClass) + "\">");
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                out.append(columns.get(i).numeric() ? "<td class=\"num\"" : "<td");
                if (cell.sortKey() != null) {
                    out.append(" data-sort=\"").append(Escape.attribute(cell.sortKey())).append('"');
                }
                out.append('>').append(Escape.html(cell.text())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>\n");
    }
}
