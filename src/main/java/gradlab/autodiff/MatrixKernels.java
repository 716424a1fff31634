package gradlab.autodiff;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;

/**
 * The matrix products the ops need, each writing into a caller-owned output (EJML style): C is
 * Modified, A and B are Not modified. No transpose is ever materialised: each product walks its
 * operands in the order they lie in memory. Inner loops are either register-blocked dot products
 * (A·Bᵀ) or axpy rows the JIT turns into SIMD (A·B, Aᵀ·B), and skip the zeros ReLU leaves. Large
 * products split their output rows over the common fork-join pool; small ones (most of a lecture's
 * networks) stay on the calling thread and allocate nothing.
 *
 * <p>EJML's {@code CommonOps_DDRM} computes the same products (a test cross-checks every kernel
 * against it); these exist because the tiny and the tall-thin shapes of training dominate.
 */
final class MatrixKernels {
    /** Products with fewer multiply-adds than this run on one thread. */
    static final long PARALLEL_THRESHOLD = 1L << 18;

    private MatrixKernels() {}

    private interface RowRange { void run(int from, int to); }

    /** Whether a product of this many multiply-adds is worth splitting over the cores. */
    private static boolean large(long work, int rows) {
        return work >= PARALLEL_THRESHOLD && rows > 1 && Runtime.getRuntime().availableProcessors() > 1;
    }

    /** Runs {@code body} over [0, rows), one part per core; parts own disjoint rows of the output. */
    private static void parallel(int rows, RowRange body) {
        int parts = Math.min(Runtime.getRuntime().availableProcessors(), rows);
        IntStream.range(0, parts).parallel().forEach(p -> body.run(rows * p / parts, rows * (p + 1) / parts));
    }

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

    /** C += A·B  (A m×k, B k×n): row i of C gains a_ip times row p of B. */
    static void multAdd(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        int m = a.numRows, k = a.numCols, n = b.numCols;
        if (b.numRows != k) throw new IllegalArgumentException("A·B: A is " + m + "x" + k + ", B is " + b.numRows + "x" + n);
        requireShape(c, m, n, "A·B");
        if (large((long) m * k * n, m)) parallel(m, (from, to) -> axpyRows(a.data, b.data, c.data, k, n, from, to));
        else axpyRows(a.data, b.data, c.data, k, n, 0, m);
    }

    /** Rows [from, to) of C += A·B, four rows of B at a time so each pass over a row of C does four multiply-adds. */
    private static void axpyRows(double[] ad, double[] bd, double[] cd, int k, int n, int from, int to) {
        for (int i = from; i < to; i++) {
            int ci = i * n, ai = i * k;
            int p = 0;
            for (; p + 3 < k; p += 4) {
                double a0 = ad[ai + p], a1 = ad[ai + p + 1], a2 = ad[ai + p + 2], a3 = ad[ai + p + 3];
                if (a0 == 0 && a1 == 0 && a2 == 0 && a3 == 0) continue;   // ReLU zeros cost nothing
                int b0 = p * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
                for (int j = 0; j < n; j++) cd[ci + j] += a0 * bd[b0 + j] + a1 * bd[b1 + j] + a2 * bd[b2 + j] + a3 * bd[b3 + j];
            }
            for (; p < k; p++) {
                double a = ad[ai + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) cd[ci + j] += a * bd[bp + j];
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

    private static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, boolean add) {
        int m = a.numRows, k = a.numCols, n = b.numRows;
        if (b.numCols != k) throw new IllegalArgumentException("A·Bᵀ: A is " + m + "x" + k + ", B is " + n + "x" + b.numCols);
        requireShape(c, m, n, "A·Bᵀ");
        if (large((long) m * k * n, m)) parallel(m, (from, to) -> dotRows(a.data, b.data, c.data, k, n, add, from, to));
        else dotRows(a.data, b.data, c.data, k, n, add, 0, m);
    }

    /** Rows [from, to) of C (+)= A·Bᵀ, two rows of A by two rows of B: each load feeds two multiply-adds. */
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
        if (large((long) m * k * n, k)) parallel(k, (from, to) -> transARows(a.data, b.data, c.data, m, k, n, from, to));
        else transARows(a.data, b.data, c.data, m, k, n, 0, k);
    }

    /** Rows [from, to) of C += Aᵀ·B, four samples at a time so each pass over a row of C does four multiply-adds. */
    private static void transARows(double[] ad, double[] bd, double[] cd, int m, int k, int n, int from, int to) {
        int i = 0;
        for (; i + 3 < m; i += 4) {
            int a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
            int b0 = i * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
            for (int p = from; p < to; p++) {
                double x0 = ad[a0 + p], x1 = ad[a1 + p], x2 = ad[a2 + p], x3 = ad[a3 + p];
                if (x0 == 0 && x1 == 0 && x2 == 0 && x3 == 0) continue;
                int cp = p * n;
                for (int j = 0; j < n; j++) cd[cp + j] += x0 * bd[b0 + j] + x1 * bd[b1 + j] + x2 * bd[b2 + j] + x3 * bd[b3 + j];
            }
        }
        for (; i < m; i++) {
            int ai = i * k, bi = i * n;
            for (int p = from; p < to; p++) {
                double x = ad[ai + p];
                int cp = p * n;
                for (int j = 0; j < n; j++) cd[cp + j] += x * bd[bi + j];
            }
        }
    }
}
