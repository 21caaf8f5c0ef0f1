package dev.gradus.nn.data;

/**
 * A data set could not be read: the file is missing or unreadable, is not in the expected format,
 * or holds values out of range. The message is one line and starts with the file's name, so that
 * it can be shown to a person as it is.
 *
 * <p>Checked on purpose: data comes from outside the program, and a caller that loads a user's
 * folder must decide what to tell them.
 */
public final class DataSetException extends Exception {
    private static final long serialVersionUID = 1L;

    public DataSetException(String message) {
        super(message);
    }

    public DataSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
