package gradlab.app.race;

import gradlab.app.common.Painter;
import gradlab.app.common.CanvasPane;
import gradlab.app.common.Colors;
import gradlab.surface.SurfaceGrid;
import gradlab.surface.SurfaceRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.text.Font;
import javafx.scene.transform.Rotate;

/**
 * The surface in 3-D, turned by dragging, with the racers' paths on it. Where JavaFX has 3-D
 * ({@link ConditionalFeature#SCENE3D}) it is a lit, viridis-coloured mesh; elsewhere (headless, some
 * virtual machines) a wireframe projected onto a canvas, with the same rotation and paths.
 */
public final class Surface3DView extends StackPane {
    static final int MESH = (SurfaceModel.GRID - 1) / 2 + 1;
    private final boolean hardware = Platform.isSupported(ConditionalFeature.SCENE3D);
    private final List<PhongMaterial> materials = new ArrayList<>();
    private final Rotate yaw = new Rotate(-35, Rotate.Y_AXIS), pitch = new Rotate(-30, Rotate.X_AXIS);
    private final Wireframe wireframe = new Wireframe();
    private final Group world = new Group();
    private final Group paths = new Group();
    private SubScene scene;
    private SurfaceModel.RacePicture picture;
    private SurfaceGrid meshed;
    private double[][] heights;
    private double lo, hi;
    private double dragX, dragY;

    public Surface3DView() {
        setMinSize(200, 200);
        setPrefSize(560, 560);
        getStyleClass().add("surface-3d");
        if (hardware) {
            PerspectiveCamera camera = new PerspectiveCamera(true);
            camera.setTranslateZ(-6);
            camera.setNearClip(0.01);
            camera.setFarClip(100);
            Group rotated = new Group(world, paths);
            rotated.getTransforms().addAll(pitch, yaw);
            PointLight light = new PointLight(Color.WHITE);
            light.setTranslateX(-2);
            light.setTranslateY(-3);
            light.setTranslateZ(-3);
            scene = new SubScene(new Group(rotated, light, new AmbientLight(Color.gray(0.45))), 560, 560, true, SceneAntialiasing.BALANCED);
            scene.setCamera(camera);
            scene.setFill(Color.WHITE);
            scene.widthProperty().bind(widthProperty());
            scene.heightProperty().bind(heightProperty());
            getChildren().add(scene);
        } else {
            getChildren().add(wireframe);
        }
        setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        setOnMouseDragged(e -> {
            yaw.setAngle(yaw.getAngle() + (e.getX() - dragX) * 0.5);
            pitch.setAngle(Math.max(-89, Math.min(0, pitch.getAngle() - (e.getY() - dragY) * 0.5)));
            dragX = e.getX();
            dragY = e.getY();
            wireframe.redraw();
        });
    }

    /** The canvas fallback (drawn where there is no 3-D). */
    Wireframe wireframe() { return wireframe; }

    /** Whether the lit mesh is shown (true) or the canvas wireframe (false). */
    public boolean isHardware() { return hardware; }

    public void show(SurfaceModel.RacePicture p) {
        picture = p;
        if (p.grid() != meshed) sample(p.grid());
        if (hardware) drawPaths3D(); else wireframe.redraw();
    }

    /** Heights on a MESH × MESH grid (every other point of the model's grid), squashed to [0, 1] (log-scaled where the surface asks for it). */
    private void sample(SurfaceGrid grid) {
        meshed = grid;
        lo = grid.min();
        hi = grid.max();
        heights = new double[MESH][MESH];
        int stride = (grid.rows() - 1) / (MESH - 1);
        boolean log = grid.surface().logScale();
        for (int r = 0; r < MESH; r++) for (int c = 0; c < MESH; c++) {   // row r counts up from the domain's lowest y
            heights[r][c] = height(grid.value(grid.rows() - 1 - r * stride, c * stride), log);
        }
        if (hardware) buildMesh();
    }

    private double height(double v, boolean log) {
        double t = Colors.scaled(v, lo, hi, log);
        return Double.isNaN(t) ? 1 : t;
    }

    private void buildMesh() {
        TriangleMesh mesh = new TriangleMesh();
        for (int r = 0; r < MESH; r++) for (int c = 0; c < MESH; c++) {
            mesh.getPoints().addAll((float) (c / (MESH - 1.0) * 2 - 1), (float) (-heights[r][c] * 0.8 + 0.4), (float) (r / (MESH - 1.0) * 2 - 1));
            mesh.getTexCoords().addAll((float) heights[r][c], 0.5f);
        }
        for (int r = 0; r < MESH - 1; r++) for (int c = 0; c < MESH - 1; c++) {
            int a = r * MESH + c, b = a + 1, cc = a + MESH, dd = cc + 1;
            mesh.getFaces().addAll(a, a, cc, cc, b, b);
            mesh.getFaces().addAll(b, b, cc, cc, dd, dd);
        }
        WritableImage scale = new WritableImage(256, 1);
        int[] argb = new int[256];
        for (int i = 0; i < 256; i++) argb[i] = Colors.viridisArgb(i / 255.0);
        scale.getPixelWriter().setPixels(0, 0, 256, 1, PixelFormat.getIntArgbInstance(), argb, 0, 256);
        PhongMaterial material = new PhongMaterial();
        material.setDiffuseMap(scale);
        MeshView view = new MeshView(mesh);
        view.setMaterial(material);
        view.setCullFace(CullFace.NONE);
        view.setDrawMode(DrawMode.FILL);
        world.getChildren().setAll(view);
    }

    /**
     * The racers' paths as beads on the mesh, at most 200 a path and a bigger one at the head. The beads
     * are kept and moved from frame to frame (a few low-poly spheres, one material per racer), never
     * rebuilt: a frame with six racers costs a few thousand triangles, not millions.
     */
    private void drawPaths3D() {
        if (picture == null) {
            paths.getChildren().clear();
            return;
        }
        int used = 0;
        for (int i = 0; i < picture.paths().size(); i++) {
            if (materials.size() <= i) materials.add(new PhongMaterial(Colors.categorical(i)));
            List<SurfaceRun.Point> path = picture.paths().get(i);
            for (int k = 0; k < path.size(); k += Math.max(1, path.size() / 200)) {
                Sphere bead;
                if (used < paths.getChildren().size()) {
                    bead = (Sphere) paths.getChildren().get(used);
                } else {
                    bead = new Sphere(1, 8);
                    paths.getChildren().add(bead);
                }
                used++;
                double radius = k == path.size() - 1 ? 0.035 : 0.015;
                Point3D p = toWorld(path.get(k));
                bead.setMaterial(materials.get(i));
                bead.setScaleX(radius);
                bead.setScaleY(radius);
                bead.setScaleZ(radius);
                bead.setTranslateX(p.getX());
                bead.setTranslateY(p.getY() - 0.01);
                bead.setTranslateZ(p.getZ());
            }
        }
        if (used < paths.getChildren().size()) paths.getChildren().remove(used, paths.getChildren().size());
    }

    /** A point of a path in the mesh's coordinates (x, y across, height up). */
    private Point3D toWorld(SurfaceRun.Point p) {
        double[] d = picture.surface().domain();
        double x = (p.x() - d[0]) / (d[1] - d[0]) * 2 - 1, z = (p.position()[1] - d[2]) / (d[3] - d[2]) * 2 - 1;
        double h = height(p.f(), picture.surface().logScale());
        return new Point3D(x, -h * 0.8 + 0.4, z);
    }

    /**
     * The fallback: the same surface as lines, rotated and projected onto a canvas. The mesh is drawn on a
     * canvas of its own, again only when the view turns, resizes or the surface changes; each frame
     * redraws only the paths above it, each path one polyline of at most {@link #PATH_POINTS} points.
     */
    final class Wireframe extends CanvasPane {
        static final int PATH_POINTS = 400;
        private final Canvas meshLayer = new Canvas();
        private Object[] meshKey;

        Wireframe() {
            getChildren().add(0, meshLayer);
        }

        @Override
        protected void layoutChildren() {
            meshLayer.setWidth(getWidth());
            meshLayer.setHeight(getHeight());
            super.layoutChildren();
        }

        @Override
        protected void draw() {
            double w = getWidth(), h = getHeight();
            GraphicsContext g = Painter.begin(canvas);
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            fitTo(w, h);
            drawMesh(w, h);
            if (heights == null || picture == null) return;
            for (int i = 0; i < picture.paths().size(); i++) {
                List<SurfaceRun.Point> path = picture.paths().get(i);
                if (path.isEmpty()) continue;
                g.setStroke(Colors.categorical(i));
                g.setLineWidth(2.5);
                g.beginPath();
                int stride = Math.max(1, (path.size() + PATH_POINTS - 1) / PATH_POINTS);
                for (int k = 0; k < path.size(); k += stride) lineTo(g, path.get(k), k == 0, w, h);
                double[] head = project(toWorld(path.get(path.size() - 1)), w, h);
                g.lineTo(head[0], head[1]);
                g.stroke();
                g.setFill(Colors.categorical(i));
                g.fillOval(head[0] - 6, head[1] - 6, 12, 12);
            }
        }

        private void lineTo(GraphicsContext g, SurfaceRun.Point p, boolean first, double w, double h) {
            double[] s = project(toWorld(p), w, h);
            if (first) g.moveTo(s[0], s[1]); else g.lineTo(s[0], s[1]);
        }

        /** The mesh layer, drawn again only when what it shows changed. */
        private void drawMesh(double w, double h) {
            Object[] key = {heights, w, h, yaw.getAngle(), pitch.getAngle()};
            if (Arrays.equals(key, meshKey)) return;
            meshKey = key;
            GraphicsContext g = Painter.begin(meshLayer);
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, w, h);
            if (heights == null) return;
            int step = 4;
            g.setLineWidth(1);
            for (int r = 0; r < MESH; r += step) {
                for (int c = 0; c + step < MESH; c += step) line(g, r, c, r, c + step, w, h);
            }
            for (int c = 0; c < MESH; c += step) {
                for (int r = 0; r + step < MESH; r += step) line(g, r, c, r + step, c, w, h);
            }
            g.setFill(Color.web("#6b7280"));
            g.setFont(Font.font("System", 12));
            Painter.fillText(g, "wireframe (this display has no 3-D): drag to turn", 8, h - 8);
        }

        private void line(GraphicsContext g, int r1, int c1, int r2, int c2, double w, double h) {
            double[] a = project(grid(r1, c1), w, h), b = project(grid(r2, c2), w, h);
            g.setStroke(Color.rgb(((Colors.viridisArgb(heights[r1][c1]) >> 16) & 0xff),
                    ((Colors.viridisArgb(heights[r1][c1]) >> 8) & 0xff), Colors.viridisArgb(heights[r1][c1]) & 0xff));
            g.strokeLine(a[0], a[1], b[0], b[1]);
        }

        private Point3D grid(int r, int c) {
            return new Point3D(c / (MESH - 1.0) * 2 - 1, -heights[r][c] * 0.8 + 0.4, r / (MESH - 1.0) * 2 - 1);
        }

        private double fit = 1, centreX, centreY;   // the projection's scale and offset: the whole box in view

        /** Scales and centres the projection so that every corner of the surface's box is inside w × h (above the caption line). */
        private void fitTo(double w, double h) {
            double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY, minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
            for (int corner = 0; corner < 8; corner++) {
                double[] p = rotated(new Point3D((corner & 1) == 0 ? -1 : 1, (corner & 2) == 0 ? -0.4 : 0.4, (corner & 4) == 0 ? -1 : 1));
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
            double margin = 12, below = 28;   // room for the caption at the bottom
            fit = Math.max(1e-3, Math.min((w - 2 * margin) / (maxX - minX), (h - 2 * margin - below) / (maxY - minY)));
            centreX = w / 2 - fit * (minX + maxX) / 2;
            centreY = (h - below) / 2 - fit * (minY + maxY) / 2;
        }

        /** Rotates like the 3-D view (yaw about the vertical, then pitch) and projects with a little perspective, at unit scale. */
        private double[] rotated(Point3D p) {
            double ya = Math.toRadians(yaw.getAngle()), pa = Math.toRadians(pitch.getAngle());
            double x = p.getX() * Math.cos(ya) + p.getZ() * Math.sin(ya), z = -p.getX() * Math.sin(ya) + p.getZ() * Math.cos(ya);
            double y = p.getY() * Math.cos(pa) - z * Math.sin(pa);
            double depth = p.getY() * Math.sin(pa) + z * Math.cos(pa);
            double perspective = 1 / (1 + 0.25 * depth);
            return new double[] {x * perspective, y * perspective};
        }

        /** Where {@code p} lands on the canvas (after {@link #fitTo}). */
        double[] project(Point3D p, double w, double h) {
            double[] r = rotated(p);
            return new double[] {centreX + r[0] * fit, centreY + r[1] * fit};
        }

        /** Where each corner of the surface's box lands on a canvas of {@code w} × {@code h}: all of them inside it. */
        double[][] corners(double w, double h) {
            fitTo(w, h);
            double[][] out = new double[8][];
            for (int corner = 0; corner < 8; corner++) {
                out[corner] = project(new Point3D((corner & 1) == 0 ? -1 : 1, (corner & 2) == 0 ? -0.4 : 0.4, (corner & 4) == 0 ? -1 : 1), w, h);
            }
            return out;
        }
    }
}
