package io.downtime.fleet.table;

import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.util.List;

/** Spark's rows hold arrays as Scala sequences. */
public final class ScalaLists {
    private ScalaLists() {
    }

    public static <T> Seq<T> of(List<T> list) {
        return CollectionConverters.asScala(list).toList();
    }
}
