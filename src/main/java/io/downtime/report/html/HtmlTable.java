package io.downtime.report.html;

import java.util.List;

/**
 * A table of a page, sortable by any column in the browser: numeric columns are right-aligned and sort
 * by value, whatever their printed form. Pages build it column by column with {@link HtmlTableBuilder}.
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
