package gradlab.app.lab.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.lab.PythonExport;
import gradlab.lab.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Export as Python writes the lab's experiment as it is now, or says why it cannot. */
class LabModelExportTest {
    private final LabModel lab = new LabModel();

    @Test
    void theScriptCarriesTheLabsCurrentWeightsDataAndSettings(@TempDir Path dir) throws Exception {
        lab.setParameter("layers.0.biases[0]", 0.125);
        lab.set(Settings.OPTIMIZER, "adam");
        Path file = dir.resolve("lab.py");
        assertTrue(lab.exportPython(file, PythonExport.Framework.PYTORCH));
        String text = Files.readString(file);
        assertTrue(text.contains("torch.optim.Adam("), "the lab's optimizer");
        assertTrue(text.contains("np.array([0.125, "), "the lab's edited bias");
        assertTrue(text.contains("X_VALIDATION_RAW"), "the lab holds half the data out for validation");
        assertTrue(text.contains("EPOCHS = " + LabModel.EXPORT_EPOCHS));
        assertFalse(lab.status().errorProperty().get());
        assertTrue(lab.status().messageProperty().get().startsWith("Exported lab.py (pytorch"), lab.status().messageProperty().get());
    }

    @Test
    void dropoutIsRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        lab.edit(net -> {
            net.layer(0).setDropout(0.5);
            return net;
        });
        Path file = dir.resolve("lab.py");
        assertFalse(lab.exportPython(file, PythonExport.Framework.NUMPY));
        assertFalse(Files.exists(file));
        assertTrue(lab.status().errorProperty().get());
        assertTrue(lab.status().messageProperty().get().contains("dropout"), lab.status().messageProperty().get());
    }
}
