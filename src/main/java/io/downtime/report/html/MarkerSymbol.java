package io.downtime.report.html;

/** The marker shapes the pages draw, by their Plotly names. */
public enum MarkerSymbol {
    CIRCLE("circle"),
    DIAMOND("diamond"),
    X("x"),
    TRIANGLE_UP("triangle-up"),
    STAR("star");

    private final String plotlyName;

    MarkerSymbol(String plotlyName) {
        this.plotlyName = plotlyName;
    }

    public String plotlyName() {
        return plotlyName;
    }
}
