package dev.gradus.autodiff.check;

/** How the numeric side of a gradient check was computed. */
public enum NumericMethod {
    /** (f(x+h) - f(x-h)) / 2h at h and h/2, combined by Richardson extrapolation. */
    CENTRAL_DIFFERENCE("central difference"),
    /** Im f(x + ih) / h with h = 1e-20: no subtraction, so exact to rounding, for analytic f. */
    COMPLEX_STEP("complex step");

    private final String label;

    NumericMethod(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
