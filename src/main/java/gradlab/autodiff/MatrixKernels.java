package gradlab.autodiff;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * The matrix products the ops need, each writing into a caller-owned output (EJML style): C is
 * Modified, A and B are Not modified. The work is one micro-kernel ({@link #rowTimes}): a row of C held
 * in a scratch row gains four terms per element per pass, c + x₀w₀ + x₁w₁ + x₂w₂ + x₃w₃ left to right,
 * the rows of the other operand being separate arrays. HotSpot (17) turns that loop into SIMD only when
 * every array in it is indexed from 0 by the loop variable (rows at a variable offset in one flat array,
 * or more than one output row per pass, stay scalar: measured), hence the copies: the small operand (a
 * layer's weights, 64×64 at most in the lessons) is split into rows, or transposed into rows, once per
 * product, and each output row is copied in and out. No zero is skipped and nothing branches in the loop.
 *
 * <p>Every element of C gains its terms one at a time in k order, so A·Bᵀ (a layer's forward pass, B its
 * weights) sums z = Σₚ xₚ·wₚ from 0 in input order exactly as a unit's scalar sum does: the network
 * slice's replay ({@code SliceReplay}) matches it bit for bit, as it did before. Narrow outputs (fewer
 * than {@link #ROWS_MIN_COLUMNS} columns) and short products use plain loops, where the copies would not pay.
 * One thread: two lost to one on this shared 2-core machine at B3's sizes (measured), so none are used.
 *
 * <p>EJML's {@code CommonOps_DDRM} computes the same products (a test cross-checks every kernel
 * against it and against plain loops over odd shapes); these exist because the tiny and the tall-thin
 * shapes of training dominate.
 */
final class MatrixKernels {
    /** Outputs narrower than this, or with fewer rows than {@link #ROWS_MIN_ROWS}, take the plain loops. */
    static final int ROWS_MIN_COLUMNS = 8;
    static final int ROWS_MIN_ROWS = 4;

    private MatrixKernels() {}

    /** Per-thread scratch (views run products on the FX thread, training on the engine's), grown, never shrunk. */
    private static final class Scratch {
        double[][] rows = new double[0][];
        double[] row = new double[0], y0 = row, y1 = row, y2 = row, y3 = row;

        double[][] rows(int count, int length) {
            if (rows.length < count || (count > 0 && rows[0].length < length)) rows = new double[Math.max(count, rows.length)][Math.max(length, rows.length == 0 ? 0 : rows[0].length)];
            return rows;
        }

        void rowsOf(int length) {
            if (row.length < length) {
                row = new double[length];
                y0 = new double[length];
                y1 = new double[length];
                y2 = new double[length];
                y3 = new double[length];
            }
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>() {   // a class, not a lambda: no spinning at a command's start
        @Override protected Scratch initialValue() { return new Scratch(); }
    };

    private static void requireShape(DMatrixRMaj c, int rows, int cols, String what) {
        if (c.numRows != rows || c.numCols != cols) {
            throw new IllegalArgumentException(what + ": output is " + c.numRows + "x" + c.numCols + ", needs " + rows + "x" + cols);
        }
    }

    /** C = A·B. */
    static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        Arrays.fill(c.data, 0, c.numRows * c.numCols, 0.0);
        multAdd(a, b, c);
    }

    /** C += A·B  (A m×k, B k×n). */
    static void multAdd(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        int m = a.numRows, k = a.numCols, n = b.numCols;
        if (b.numRows != k) throw new IllegalArgumentException("A·B: A is " + m + "x" + k + ", B is " + b.numRows + "x" + n);
        requireShape(c, m, n, "A·B");
        if (n < ROWS_MIN_COLUMNS || m < ROWS_MIN_ROWS) {
            axpyRows(a.data, b.data, c.data, k, n, 0, m);
            return;
        }
        Scratch s = SCRATCH.get();
        double[][] rows = s.rows(k, n);
        for (int p = 0; p < k; p++) System.arraycopy(b.data, p * n, rows[p], 0, n);
        rowsTimes(a.data, rows, c.data, m, k, n, true, s);
    }

    /**
     * C (+)= A·B, B given as k rows: each row of C (from C when {@code add}, else from 0) gains its terms
     * in p order through {@link #rowTimes}.
     */
    private static void rowsTimes(double[] ad, double[][] b, double[] cd, int m, int k, int n, boolean add, Scratch s) {
        s.rowsOf(n);
        double[] row = s.row;
        for (int i = 0; i < m; i++) {
            if (add) System.arraycopy(cd, i * n, row, 0, n);
            else Arrays.fill(row, 0, n, 0.0);
            rowTimes(ad, i * k, b, row, k, n);
            System.arraycopy(row, 0, cd, i * n, n);
        }
    }

    /** row += (ad[from], …, ad[from + k − 1])·B, B as k rows: four rows of B per pass, one term at a time per element. */
    private static void rowTimes(double[] ad, int from, double[][] b, double[] row, int k, int n) {
        int p = 0;
        for (; p + 3 < k; p += 4) {
            double x0 = ad[from + p], x1 = ad[from + p + 1], x2 = ad[from + p + 2], x3 = ad[from + p + 3];
            double[] w0 = b[p], w1 = b[p + 1], w2 = b[p + 2], w3 = b[p + 3];
            for (int j = 0; j < n; j++) row[j] = row[j] + x0 * w0[j] + x1 * w1[j] + x2 * w2[j] + x3 * w3[j];
        }
        for (; p < k; p++) {
            double x = ad[from + p];
            double[] w = b[p];
            for (int j = 0; j < n; j++) row[j] = row[j] + x * w[j];
        }
    }

    /** Rows [from, to) of C += A·B by plain loops (narrow or short products): c + a₀b₀ + a₁b₁ + … per element. */
    private static void axpyRows(double[] ad, double[] bd, double[] cd, int k, int n, int from, int to) {
        for (int i = from; i < to; i++) {
            int ci = i * n, ai = i * k;
            for (int p = 0; p < k; p++) {
                double a = ad[ai + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) cd[ci + j] = cd[ci + j] + a * bd[bp + j];
            }
        }
    }

    /** C = A·Bᵀ  (A m×k, B n×k). */
    static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        multTransB(a, b, c, false);
    }

    /** C += A·Bᵀ. */
    static void multAddTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        multTransB(a, b, c, true);
    }

    /**
     * C (+)= A·Bᵀ. Each element is s = Σₚ aᵢₚ·bⱼₚ summed from 0 in p order, then (when adding) c + s. Wide
     * outputs go through Bᵀ split into rows once and {@link #rowTimes} from a zeroed row; narrow ones, and
     * C + A·Bᵀ (which must add s, not its terms, to c), take a dot product per element.
     */
    private static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, boolean add) {
        int m = a.numRows, k = a.numCols, n = b.numRows;
        if (b.numCols != k) throw new IllegalArgumentException("A·Bᵀ: A is " + m + "x" + k + ", B is " + n + "x" + b.numCols);
        requireShape(c, m, n, "A·Bᵀ");
        if (add || n < ROWS_MIN_COLUMNS || m < ROWS_MIN_ROWS) {
            dotRows(a.data, b.data, c.data, k, n, add, 0, m);
            return;
        }
        Scratch s = SCRATCH.get();
        double[][] rows = s.rows(k, n);
        double[] bd = b.data;
        for (int j = 0; j < n; j++) {
            int bj = j * k;
            for (int p = 0; p < k; p++) rows[p][j] = bd[bj + p];
        }
        rowsTimes(a.data, rows, c.data, m, k, n, false, s);
    }

    /** Rows [from, to) of C (+)= A·Bᵀ, two rows of A by two rows of B: each load feeds two multiply-adds, each sum in p order from 0. */
    private static void dotRows(double[] ad, double[] bd, double[] cd, int k, int n, boolean add, int from, int to) {
        int i = from;
        for (; i + 1 < to; i += 2) {
            int a0 = i * k, a1 = a0 + k, c0 = i * n, c1 = c0 + n;
            int j = 0;
            for (; j + 1 < n; j += 2) {
                int b0 = j * k, b1 = b0 + k;
                double s00 = 0, s01 = 0, s10 = 0, s11 = 0;
                for (int p = 0; p < k; p++) {
                    double x0 = ad[a0 + p], x1 = ad[a1 + p], w0 = bd[b0 + p], w1 = bd[b1 + p];
                    s00 += x0 * w0;
                    s01 += x0 * w1;
                    s10 += x1 * w0;
                    s11 += x1 * w1;
                }
                cd[c0 + j] = add ? cd[c0 + j] + s00 : s00;
                cd[c0 + j + 1] = add ? cd[c0 + j + 1] + s01 : s01;
                cd[c1 + j] = add ? cd[c1 + j] + s10 : s10;
                cd[c1 + j + 1] = add ? cd[c1 + j + 1] + s11 : s11;
            }
            if (j < n) {
                int b0 = j * k;
                double s0 = 0, s1 = 0;
                for (int p = 0; p < k; p++) {
                    s0 += ad[a0 + p] * bd[b0 + p];
                    s1 += ad[a1 + p] * bd[b0 + p];
                }
                cd[c0 + j] = add ? cd[c0 + j] + s0 : s0;
                cd[c1 + j] = add ? cd[c1 + j] + s1 : s1;
            }
        }
        if (i < to) {
            int a0 = i * k, c0 = i * n;
            for (int j = 0; j < n; j++) {
                int b0 = j * k;
                double s = 0;
                for (int p = 0; p < k; p++) s += ad[a0 + p] * bd[b0 + p];
                cd[c0 + j] = add ? cd[c0 + j] + s : s;
            }
        }
    }

    /** C += Aᵀ·B  (A m×k, B m×n, C k×n): for every sample i, row p of C gains a_ip times row i of B. */
    static void multAddTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        int m = a.numRows, k = a.numCols, n = b.numCols;
        if (b.numRows != m) throw new IllegalArgumentException("Aᵀ·B: A is " + m + "x" + k + ", B is " + b.numRows + "x" + n);
        requireShape(c, k, n, "Aᵀ·B");
        if (m < ROWS_MIN_ROWS || (n < ROWS_MIN_COLUMNS && k < ROWS_MIN_COLUMNS)) {
            transARows(a.data, b.data, c.data, m, k, n);
            return;
        }
        if (n < ROWS_MIN_COLUMNS) {   // a narrow C (a first layer's weights over 1 or 2 inputs): its columns as rows
            columnsTransA(a.data, b.data, c.data, m, k, n);
            return;
        }
        double[] ad = a.data, bd = b.data, cd = c.data;
        Scratch s = SCRATCH.get();
        s.rowsOf(n);
        double[][] rows = s.rows(k, n);
        for (int p = 0; p < k; p++) System.arraycopy(cd, p * n, rows[p], 0, n);
        double[] y0 = s.y0, y1 = s.y1, y2 = s.y2, y3 = s.y3;
        int i = 0;
        for (; i + 3 < m; i += 4) {   // four samples' rows of B, each row of C gaining four terms per pass
            System.arraycopy(bd, i * n, y0, 0, n);
            System.arraycopy(bd, (i + 1) * n, y1, 0, n);
            System.arraycopy(bd, (i + 2) * n, y2, 0, n);
            System.arraycopy(bd, (i + 3) * n, y3, 0, n);
            int a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
            for (int p = 0; p < k; p++) {
                double x0 = ad[a0 + p], x1 = ad[a1 + p], x2 = ad[a2 + p], x3 = ad[a3 + p];
                double[] row = rows[p];
                for (int j = 0; j < n; j++) row[j] = row[j] + x0 * y0[j] + x1 * y1[j] + x2 * y2[j] + x3 * y3[j];
            }
        }
        for (; i < m; i++) {
            System.arraycopy(bd, i * n, y0, 0, n);
            int ai = i * k;
            for (int p = 0; p < k; p++) {
                double x = ad[ai + p];
                double[] row = rows[p];
                for (int j = 0; j < n; j++) row[j] = row[j] + x * y0[j];
            }
        }
        for (int p = 0; p < k; p++) System.arraycopy(rows[p], 0, cd, p * n, n);
    }

    /**
     * C += Aᵀ·B for a C of few columns (k×n, n small): column j of C, held as a row of length k, gains b_ij
     * times row i of A for every sample i in order (the same terms in the same order as {@link #transARows}),
     * so the loop runs along A's rows, k long, instead of along C's n-long rows.
     */
    private static void columnsTransA(double[] ad, double[] bd, double[] cd, int m, int k, int n) {
        Scratch s = SCRATCH.get();
        double[][] columns = s.rows(n, k);
        for (int j = 0; j < n; j++) {
            double[] column = columns[j];
            for (int p = 0; p < k; p++) column[p] = cd[p * n + j];
        }
        for (int i = 0; i < m; i++) {
            int ai = i * k, bi = i * n;
            for (int j = 0; j < n; j++) {
                double y = bd[bi + j];
                double[] column = columns[j];
                for (int p = 0; p < k; p++) column[p] = column[p] + ad[ai + p] * y;
            }
        }
        for (int j = 0; j < n; j++) {
            double[] column = columns[j];
            for (int p = 0; p < k; p++) cd[p * n + j] = column[p];
        }
    }

    /** C += Aᵀ·B by plain loops (narrow or short products): for every sample, row p of C gains a_ip times its row of B. */
    private static void transARows(double[] ad, double[] bd, double[] cd, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int ai = i * k, bi = i * n;
            for (int p = 0; p < k; p++) {
                double x = ad[ai + p];
                int cp = p * n;
                for (int j = 0; j < n; j++) cd[cp + j] = cd[cp + j] + x * bd[bi + j];
            }
        }
    }
}
