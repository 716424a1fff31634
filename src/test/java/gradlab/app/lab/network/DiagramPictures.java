package gradlab.app.lab.network;

/** Reads how many diagram pictures were made so far, for tests that count what an action costs. */
public final class DiagramPictures {
    private DiagramPictures() {}

    public static long count() { return DiagramModel.PICTURES.get(); }
}
