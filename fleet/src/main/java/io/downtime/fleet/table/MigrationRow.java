package io.downtime.fleet.table;

import io.downtime.strict.Unreplayable;
import io.downtime.runset.SetMigration;

import java.util.Optional;

/**
 * What a row of {@code migrations} describes: one migration of a case, and why the strict-mode policies
 * could not replay it, if they could not.
 */
public record MigrationRow(SetMigration run, Optional<Unreplayable> strictUnreplayable) {
}
