package io.downtime.fleet;

import org.apache.hadoop.fs.RawLocalFileSystem;

import java.net.URI;

/**
 * The local disk under a scheme of its own ({@code remotelike:///tmp/...}), so that the tests take the path an
 * {@code s3a://} or {@code hdfs://} log takes: fetched through Hadoop's FileSystem into a task's directory.
 */
public class RemoteLikeFileSystem extends RawLocalFileSystem {
    public static final String SCHEME = "remotelike";

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }
}
