package gradlab.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our kernels against EJML's, on odd and even, tiny and large (multi-threaded) shapes. */
class MatrixKernelsTest {
    private static DMatrixRMaj random(int rows, int cols, Random random) {
        DMatrixRMaj m = RandomMatrices_DDRM.rectangle(rows, cols, -1, 1, random);
        for (int i = 0; i < m.data.length; i += 3) m.data[i] = 0;   // zeros, as ReLU makes them
        return m;
    }

    @ParameterizedTest(name = "m={0} k={1} n={2}")
    @CsvSource({"1,1,1", "3,2,5", "10,4,2", "7,7,7", "2000,64,64", "257,33,129"})
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

        DMatrixRMaj c0 = random(m, n, random), c1 = c0.copy();
        MatrixKernels.multAddTransB(a, bt, c0);
        CommonOps_DDRM.multAddTransB(a, bt, c1);
        assertArrayEquals(c1.data, c0.data, 1e-12, "C + A·Bᵀ");

        c0 = random(m, n, random);
        c1 = c0.copy();
        MatrixKernels.multAdd(a, b, c0);
        CommonOps_DDRM.multAdd(a, b, c1);
        assertArrayEquals(c1.data, c0.data, 1e-12, "C + A·B");

        DMatrixRMaj d0 = random(k, n, random), d1 = d0.copy();
        MatrixKernels.multAddTransA(a, am, d0);
        CommonOps_DDRM.multAddTransA(a, am, d1);
        assertArrayEquals(d1.data, d0.data, 1e-12, "C + Aᵀ·B");
    }
}
