package dev.gradus.nn;

/**
 * The costs of network2 and the slides, each tied to the output layer it is computed from: the
 * fused forms take the output layer's logits, so that neither log(0) nor a vanishing sigmoid'
 * spoils the gradient (its gradient in the logits is (a - y)/m for both fused costs).
 */
public enum Cost {
    /** 1/2 ||a - y||^2 with sigmoid outputs (network2's QuadraticCost). */
    QUADRATIC("QuadraticCost"),
    /** -sum [y ln a + (1 - y) ln(1 - a)] with sigmoid outputs (network2's CrossEntropyCost). */
    CROSS_ENTROPY("CrossEntropyCost"),
    /** -ln a_y with softmax outputs (the slides' softmax log-likelihood). */
    LOG_LIKELIHOOD("LogLikelihoodCost");

    private final String network2Name;

    Cost(String network2Name) {
        this.network2Name = network2Name;
    }

    /** The name network2.py saves in its JSON ("cost"). */
    public String network2Name() {
        return network2Name;
    }

    /** Reads "cross-entropy", "CROSS_ENTROPY", "CrossEntropyCost", "quadratic", "log-likelihood" ... */
    public static Cost parse(String text) {
        String key = text.strip().toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
        for (Cost c : values()) {
            String name = c.name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
            if (key.equals(name) || key.equals(c.network2Name.toLowerCase(java.util.Locale.ROOT))) {
                return c;
            }
        }
        if (key.equals("softmax") || key.equals("loglikelihoodsoftmax")) {
            return LOG_LIKELIHOOD;
        }
        throw new IllegalArgumentException("unknown cost '" + text + "': quadratic, cross-entropy or log-likelihood");
    }
}
