package gradlab.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our kernels against EJML's and against plain triple loops, on odd and even, tiny and large shapes, on both
 * sides of the width where they switch from plain loops to the row micro-kernel. Tolerance 1e-12 (entries in
 * [−1, 1], up to 257 terms): the kernels add in another order than EJML's. A·Bᵀ alone is exact: each
 * element is the sum from 0 in k order, which the network slice's replay repeats bit for bit.
 */
class MatrixKernelsTest {
    private static DMatrixRMaj random(int rows, int cols, Random random) {
        DMatrixRMaj m = RandomMatrices_DDRM.rectangle(rows, cols, -1, 1, random);
        for (int i = 0; i < m.data.length; i += 3) m.data[i] = 0;   // zeros, as ReLU makes them
        return m;
    }

    @ParameterizedTest(name = "m={0} k={1} n={2}")
    @CsvSource({"1,1,1", "3,2,5", "10,4,2", "7,7,7", "4,8,8", "3,9,8", "5,3,9", "9,1,31", "1,129,257", "129,257,1", "33,17,13", "40,9,2", "2000,64,2", "2000,64,64", "257,33,129", "257,129,129"})
    void everyKernelAgreesWithEjml(int m, int k, int n) {
        Random random = new Random(m * 31 + k * 7 + n);
        DMatrixRMaj a = random(m, k, random), b = random(k, n, random), bt = random(n, k, random);
        DMatrixRMaj am = random(m, n, random);

        DMatrixRMaj ours = new DMatrixRMaj(m, n), theirs = new DMatrixRMaj(m, n);
        MatrixKernels.mult(a, b, ours);
        CommonOps_DDRM.mult(a, b, theirs);
        assertArrayEquals(theirs.data, ours.data, 1e-12, "A·B");

        MatrixKernels.multTransB(a, bt, ours);
        CommonOps_DDRM.multTransB(a, bt, theirs);
        assertArrayEquals(theirs.data, ours.data, 1e-12, "A·Bᵀ");
        assertArrayEquals(plainTransB(a, bt), ours.data, 0.0, "A·Bᵀ, bit for bit the sum from 0 in k order");

        DMatrixRMaj c0 = random(m, n, random), c1 = c0.copy();
        MatrixKernels.multAddTransB(a, bt, c0);
        CommonOps_DDRM.multAddTransB(a, bt, c1);
        assertArrayEquals(c1.data, c0.data, 1e-12, "C + A·Bᵀ");

        c0 = random(m, n, random);
        c1 = c0.copy();
        DMatrixRMaj plain = c0.copy();
        MatrixKernels.multAdd(a, b, c0);
        CommonOps_DDRM.multAdd(a, b, c1);
        assertArrayEquals(c1.data, c0.data, 1e-12, "C + A·B");
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) for (int p = 0; p < k; p++) plain.add(i, j, a.get(i, p) * b.get(p, j));
        assertArrayEquals(plain.data, c0.data, 1e-12, "C + A·B against plain loops");

        DMatrixRMaj d0 = random(k, n, random), d1 = d0.copy();
        DMatrixRMaj plainT = d0.copy();
        MatrixKernels.multAddTransA(a, am, d0);
        CommonOps_DDRM.multAddTransA(a, am, d1);
        assertArrayEquals(d1.data, d0.data, 1e-12, "C + Aᵀ·B");
        for (int p = 0; p < k; p++) for (int j = 0; j < n; j++) for (int i = 0; i < m; i++) plainT.add(p, j, a.get(i, p) * am.get(i, j));
        assertArrayEquals(plainT.data, d0.data, 1e-12, "C + Aᵀ·B against plain loops");
    }

    /** A·Bᵀ as a unit computes z: s = 0, then s += aᵢₚ·bⱼₚ for p = 0, 1, … */
    private static double[] plainTransB(DMatrixRMaj a, DMatrixRMaj bt) {
        int m = a.numRows, k = a.numCols, n = bt.numRows;
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) s += a.get(i, p) * bt.get(j, p);
                c[i * n + j] = s;
            }
        }
        return c;
    }
}
