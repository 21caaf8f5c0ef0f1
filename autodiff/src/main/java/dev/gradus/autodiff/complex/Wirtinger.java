package dev.gradus.autodiff.complex;

/**
 * The two Wirtinger derivatives of a function f at a point, with respect to one variable
 * z = x + iy:
 *
 * <pre>
 *   dz    = df/dz    = (df/dx - i df/dy) / 2
 *   dzbar = df/dzbar = (df/dx + i df/dy) / 2
 * </pre>
 *
 * f is holomorphic in z exactly when dzbar = 0, and then dz is its complex derivative.
 *
 * <p>For a real-valued f (a loss), {@link #gradient()} = df/dx + i df/dy = 2 dzbar = 2 conj(dz):
 * the direction of steepest ascent in the complex plane, the value PyTorch stores in
 * {@code .grad}, so that descent is z &lt;- z - eta * gradient. (JAX's {@code grad} returns its
 * conjugate.) Example: f = |z|^2 = z conj(z) has dz = conj(z), dzbar = z and gradient 2z.
 *
 * @param dz    df/dz
 * @param dzbar df/dzbar
 */
public record Wirtinger(Complex dz, Complex dzbar) {

    /** df/dx = dz + dzbar: the partial along the real axis (complex when f is). */
    public Complex dx() {
        return dz.plus(dzbar);
    }

    /** df/dy = i (dz - dzbar): the partial along the imaginary axis (complex when f is). */
    public Complex dy() {
        return Complex.I.times(dz.minus(dzbar));
    }

    /**
     * For real-valued f: df/dx + i df/dy = 2 dzbar, the steepest-ascent direction (PyTorch's
     * convention; descend with z - eta * gradient).
     */
    public Complex gradient() {
        return dzbar.times(2);
    }

    /** Whether f is holomorphic here to within {@code tolerance} relative to |dz| (Cauchy-Riemann: dzbar = 0). */
    public boolean isHolomorphic(double tolerance) {
        return dzbar.abs() <= tolerance * Math.max(dz.abs(), 1.0);
    }

    @Override
    public String toString() {
        return "d/dz " + dz + ", d/dzbar " + dzbar;
    }
}
