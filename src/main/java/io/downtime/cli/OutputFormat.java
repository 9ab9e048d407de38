package io.downtime.cli;

/** Output formats every listing command offers; commands that draw pages add HTML on their own. */
public enum OutputFormat {
    TEXT, CSV, JSON
}
