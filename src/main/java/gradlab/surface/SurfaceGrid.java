package gradlab.surface;

/**
 * f sampled on a regular grid over a surface's domain, made once per surface and never changed: what the
 * contour map, the 3-D view and the curve of a 1-D surface draw. Row 0 is the top of the domain (y at its
 * largest), column 0 its left edge; a 1-D surface has one row, f(x) across it.
 */
public final class SurfaceGrid {
    private final Surface surface;
    private final int columns, rows;
    private final double[] values;
    private final double min, max;

    private SurfaceGrid(Surface surface, int columns, int rows, double[] values) {
        this.surface = surface;
        this.columns = columns;
        this.rows = rows;
        this.values = values;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : values) if (Double.isFinite(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        this.min = lo;
        this.max = hi;
    }

    /** {@code side} × {@code side} values of a 2-D surface, or {@code side} values of f(x) for a 1-D one. */
    public static SurfaceGrid sample(Surface surface, int side) {
        if (side < 2) throw new IllegalArgumentException("a grid needs at least 2 points a side");
        SurfaceFunction f = surface.function();
        double[] d = surface.domain();
        int rows = surface.oneD() ? 1 : side;
        double[] values = new double[rows * side];
        for (int r = 0; r < rows; r++) {
            double y = rows == 1 ? 0 : d[3] - (d[3] - d[2]) * r / (side - 1.0);
            for (int c = 0; c < side; c++) values[r * side + c] = f.value(d[0] + (d[1] - d[0]) * c / (side - 1.0), y);
        }
        return new SurfaceGrid(surface, side, rows, values);
    }

    public Surface surface() { return surface; }
    public int columns() { return columns; }
    public int rows() { return rows; }
    /** f at grid point ({@code row}, {@code column}); may be non-finite where f is. */
    public double value(int row, int column) { return values[row * columns + column]; }
    /** The x of column {@code column}. */
    public double x(int column) {
        double[] d = surface.domain();
        return d[0] + (d[1] - d[0]) * column / (columns - 1.0);
    }
    /** The smallest and largest finite value (+∞ and −∞ when there is none). */
    public double min() { return min; }
    public double max() { return max; }
}
