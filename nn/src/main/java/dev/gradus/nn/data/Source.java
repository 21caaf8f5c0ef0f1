package dev.gradus.nn.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a data file's bytes come from, opened only when it is read: a file, or a resource shipped
 * in the jar. The readers see a {@link DataStream} either way, so that the shipped data sets go
 * through exactly the validation a user's files do.
 */
record Source(String name, Opener opener) {

    /** Opens the bytes and tells their stored size, or -1 when the origin does not know it. */
    interface Opener {
        Opened open() throws IOException;
    }

    record Opened(InputStream in, long size) {}

    static Source file(Path path) {
        return new Source(path.toString(), () -> {
            long size = Files.size(path);
            return new Opened(Files.newInputStream(path), size);
        });
    }

    /** A resource on the class path, by its absolute name, for example {@code /data/optdigits/digits.csv.gz}. */
    static Source resource(String path) {
        return new Source("classpath:" + path, () -> {
            URL url = Source.class.getResource(path);
            if (url == null) {
                throw new NoSuchFileException(path);
            }
            URLConnection connection = url.openConnection();
            return new Opened(connection.getInputStream(), connection.getContentLengthLong());
        });
    }

    DataStream open() throws DataSetException {
        Opened opened;
        try {
            opened = opener.open();
        } catch (IOException e) {
            throw DataStream.failure(name, e);
        }
        return DataStream.of(name, opened.in(), opened.size());
    }
}
