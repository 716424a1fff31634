package gradlab.autodiff;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The matrix products the ops need, each writing into a caller-owned output (EJML style): C is
 * Modified, A and B are Not modified. No transpose is ever materialised.
 */
final class MatrixKernels {
    private MatrixKernels() {}

    /** C = A·B. */
    static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) { CommonOps_DDRM.mult(a, b, c); }

    /** C = A·Bᵀ. */
    static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) { CommonOps_DDRM.multTransB(a, b, c); }

    /** C += A·B. */
    static void multAdd(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) { CommonOps_DDRM.multAdd(a, b, c); }

    /** C += Aᵀ·B. */
    static void multAddTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) { CommonOps_DDRM.multAddTransA(a, b, c); }

    /** C += A·Bᵀ. */
    static void multAddTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) { CommonOps_DDRM.multAddTransB(a, b, c); }
}
