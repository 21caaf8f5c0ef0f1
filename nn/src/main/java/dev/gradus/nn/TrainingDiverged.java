package dev.gradus.nn;

/** Training produced a NaN or infinite cost or parameter; the network holds the last good model. */
public final class TrainingDiverged extends Exception {
    private final int epoch;
    private final int layer;

    public TrainingDiverged(int epoch, int layer, String what) {
        super("training diverged in epoch " + epoch + (layer > 0 ? ", layer " + layer : "") + ": " + what
                + "; the network is back at the end of epoch " + (epoch - 1) + " (try a smaller eta)");
        this.epoch = epoch;
        this.layer = layer;
    }

    public int epoch() {
        return epoch;
    }

    /** The first layer (1-based) with a non-finite parameter, 0 when only the cost was. */
    public int layer() {
        return layer;
    }
}
