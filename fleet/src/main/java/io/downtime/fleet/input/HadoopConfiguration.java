package io.downtime.fleet.input;

import org.apache.hadoop.conf.Configuration;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * The driver's Hadoop configuration (file systems, S3A credentials providers, ...), carried to the tasks
 * that open the logs. Hadoop's {@link Configuration} is Writable, not Serializable.
 */
public final class HadoopConfiguration implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Configuration configuration;

    public HadoopConfiguration(Configuration configuration) {
        this.configuration = configuration;
    }

    public Configuration get() {
        return configuration;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        configuration.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        configuration = new Configuration(false);
        configuration.readFields(in);
    }
}
