package gradlab.app.lesson;

import gradlab.app.common.Painter;
import gradlab.app.common.Tex;
import gradlab.lesson.LessonFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * A lesson step's Markdown as JavaFX nodes: paragraphs, lists, emphasis, code, images from the lesson's
 * folder, and TeX: {@code $…$} inline and {@code $$…$$} on its own line, through JLaTeXMath.
 */
public final class MarkdownView extends VBox {
    private final float fontSize;
    private final Path folder;
    private final List<String> formulas = new ArrayList<>();

    /** {@code fontSize}: the text's size in pixels, which inline formulas match. */
    public MarkdownView(String markdown, Path folder, float fontSize) {
        super(10);
        this.fontSize = fontSize;
        this.folder = folder;
        getStyleClass().add("markdown");
        var document = Parser.builder().build().parse(protectMath(markdown == null ? "" : markdown));
        for (var node = document.getFirstChild(); node != null; node = node.getNext()) {
            Node shown = block(node);
            if (shown != null) getChildren().add(shown);
        }
    }

    private Node block(org.commonmark.node.Node node) {
        if (node instanceof Paragraph p) return paragraph(p);
        if (node instanceof Heading h) {
            TextFlow flow = paragraph(h);
            flow.getStyleClass().add("md-heading");
            return flow;
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            VBox items = new VBox(4);
            int n = 1;
            for (var item = node.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) continue;
                VBox body = new VBox(4);
                for (var child = item.getFirstChild(); child != null; child = child.getNext()) {
                    Node b = block(child);
                    if (b != null) body.getChildren().add(b);
                }
                Label bullet = new Label(node instanceof OrderedList ? (n++) + "." : "•");
                bullet.setMinWidth(22);
                items.getChildren().add(new HBox(4, bullet, body));
            }
            return items;
        }
        if (node instanceof FencedCodeBlock code) {
            Label l = new Label(code.getLiteral().stripTrailing());
            l.getStyleClass().add("md-code");
            return l;
        }
        return null;
    }

    /**
     * Takes the TeX out before Markdown sees it (Markdown would eat its backslashes and underscores):
     * each $$…$$ becomes ⟦Dn⟧ and each $…$ ⟦In⟧, n indexing {@link #formulas}.
     */
    private String protectMath(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append("\\$");
                i += 2;
                continue;
            }
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            boolean display = text.startsWith("$$", i);
            int close = text.indexOf(display ? "$$" : "$", i + (display ? 2 : 1));
            if (close < 0) {
                out.append(text.substring(i));
                break;
            }
            formulas.add(text.substring(i + (display ? 2 : 1), close));
            out.append(display ? "⟦D" : "⟦I").append(formulas.size() - 1).append('⟧');
            i = close + (display ? 2 : 1);
        }
        return out.toString();
    }

    /** Inline content, with the formulas put back where their marks are. */
    private TextFlow paragraph(org.commonmark.node.Node parent) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("md-paragraph");
        StringBuilder pending = new StringBuilder();
        List<String> styles = new ArrayList<>();
        inline(parent, flow, pending, styles);
        flushText(flow, pending.toString(), styles);
        return flow;
    }

    private void inline(org.commonmark.node.Node parent, TextFlow flow, StringBuilder pending, List<String> styles) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                pending.append(t.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                pending.append(' ');
            } else if (n instanceof HardLineBreak) {
                pending.append('\n');
            } else if (n instanceof Code c) {
                flushText(flow, pending.toString(), styles);
                pending.setLength(0);
                Text code = new Text(c.getLiteral());
                code.getStyleClass().add("md-inline-code");
                flow.getChildren().add(code);
            } else if (n instanceof Emphasis || n instanceof StrongEmphasis) {
                flushText(flow, pending.toString(), styles);
                pending.setLength(0);
                List<String> inner = new ArrayList<>(styles);
                inner.add(n instanceof Emphasis ? "md-em" : "md-strong");
                StringBuilder innerText = new StringBuilder();
                inline(n, flow, innerText, inner);
                flushText(flow, innerText.toString(), inner);
            } else if (n instanceof org.commonmark.node.Image image) {
                flushText(flow, pending.toString(), styles);
                pending.setLength(0);
                Path file;
                try {
                    file = LessonFolder.resolve(folder, image.getDestination());
                } catch (IllegalArgumentException outside) {   // a picture from outside the lesson's folder is not shown
                    flow.getChildren().add(new Text("[image: " + outside.getMessage() + "]"));
                    continue;
                }
                if (Files.isRegularFile(file)) {
                    ImageView view = new ImageView(new Image(file.toUri().toString()));
                    view.setPreserveRatio(true);
                    view.setFitWidth(360);
                    flow.getChildren().add(view);
                } else {
                    flow.getChildren().add(new Text("[image " + image.getDestination() + " not found]"));
                }
            } else {
                inline(n, flow, pending, styles);
            }
        }
    }

    /** Text with formula marks: ⟦Dn⟧ is display math, ⟦In⟧ inline math. */
    private void flushText(TextFlow flow, String text, List<String> styles) {
        Matcher m = Pattern.compile("⟦([DI])(\\d+)⟧").matcher(text);
        int i = 0;
        while (m.find()) {
            addText(flow, text.substring(i, m.start()), styles);
            boolean display = m.group(1).equals("D");
            String tex = formulas.get(Integer.parseInt(m.group(2)));
            Node formula = display ? Tex.render(tex, fontSize * 1.3f, true) : Tex.inline(tex, Font.font(fontSize));
            if (display) {
                flow.getChildren().add(new Text("\n"));
                HBox centred = new HBox(formula);
                centred.setPadding(new Insets(4, 0, 4, 24));
                if (formula instanceof ImageView picture && picture.getImage() != null) fitFormula(picture, centred, flow);
                flow.getChildren().add(centred);
                flow.getChildren().add(new Text("\n"));
            } else {
                flow.getChildren().add(formula);
            }
            i = m.end();
        }
        addText(flow, text.substring(i), styles);
    }

    /**
     * A display formula wider than the column gives up its indent, then shrinks to the column's width, but
     * never below the smallest type a screen may show: a formula that cannot fit even then keeps that size.
     */
    private void fitFormula(ImageView picture, HBox indented, TextFlow flow) {
        double natural = picture.getImage().getWidth(), indent = 24, slack = 8;
        double least = natural * Math.min(1, Painter.smallestReadable() / (fontSize * 1.3));
        picture.setPreserveRatio(true);
        InvalidationListener fit = o -> {
            double room = flow.getWidth() <= 0 ? natural + indent + slack : flow.getWidth() - slack;
            double width = Math.max(least, Math.min(natural, room));
            picture.setFitWidth(width);
            indented.setPadding(new Insets(4, 0, 4, Math.max(0, Math.min(indent, room - width))));
        };
        flow.widthProperty().addListener(fit);
        fit.invalidated(null);
    }

    /**
     * Text as one run a word (with the space after it): a run spans only the lines it is on, so a scroll
     * pane can end at a whole line inside a long paragraph (a run of many lines would be cut through).
     */
    private static void addText(TextFlow flow, String s, List<String> styles) {
        if (s.isEmpty()) return;
        for (String word : s.split("(?<=\\s)(?=\\S)")) {
            Text t = new Text(word);
            t.getStyleClass().add("md-text");
            t.getStyleClass().addAll(styles);
            flow.getChildren().add(t);
        }
    }
}
