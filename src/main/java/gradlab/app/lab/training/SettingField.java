package gradlab.app.lab.training;

import gradlab.lab.Settings;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A field the student types one setting into, its range and its messages taken from the settings table.
 * Enter or leaving the field commits; a value the table refuses is shown refused beside the field, in the
 * table's own words, and the old value stays. A number field's arrows and the scroll wheel step it within
 * the table's range.
 */
final class SettingField<T> extends StringConverter<T> {
    private final Settings.Key<T> key;
    private final Supplier<T> current;
    private final Function<T, String> format;
    private final Label reason = new Label();
    private TextField editor;

    private SettingField(Settings.Key<T> key, Supplier<T> current, Function<T, String> format) {
        this.key = key;
        this.current = current;
        this.format = format;
        reason.setId(key.name() + "-reason");
        reason.getStyleClass().add("field-reason");
        reason.setWrapText(true);
        reason.setMaxWidth(200);
        reason.managedProperty().bind(reason.textProperty().isNotEmpty());
        reason.visibleProperty().bind(reason.managedProperty());
    }

    /** Why the last typed value was refused (empty after one that was taken). */
    Label reason() { return reason; }

    /** The field with the refusal below it, for the panel's row. */
    VBox withReason(Node field) { return new VBox(2, field, reason); }

    /**
     * A number field with arrows for a whole-number setting; {@code set} hears each typed value the field
     * takes, {@code step} each value the arrows or the wheel step it to (a run of them is one undo step),
     * never one the table refuses.
     */
    static <T extends Number> Spinner<T> spinner(Settings.Key<T> key, Supplier<T> current, Consumer<T> set, Consumer<T> step) {
        SettingField<T> field = new SettingField<>(key, current, String::valueOf);
        Spinner<T> spinner = new Spinner<>();
        Steps<T> steps = new Steps<>(key);
        steps.setConverter(field);
        steps.setValue(current.get());
        spinner.setValueFactory(steps);
        spinner.setEditable(true);
        field.editor = spinner.getEditor();
        spinner.setId(key.name());
        spinner.getProperties().put(SettingField.class, field);
        spinner.setOnScroll(e -> {   // the wheel steps the value as the arrows do
            if (e.getDeltaY() > 0) spinner.increment(); else if (e.getDeltaY() < 0) spinner.decrement();
            e.consume();
        });
        spinner.valueProperty().addListener((o, a, v) -> {
            if (v != null && !v.equals(current.get())) (steps.stepping ? step : set).accept(v);
        });
        return spinner;
    }

    /** A chooser of common values for a number setting that also takes any typed value in the table's range. */
    static ComboBox<Double> chooser(Settings.Key<Double> key, Supplier<Double> current, Function<Double, String> format, Consumer<Double> set) {
        SettingField<Double> field = new SettingField<>(key, current, format);
        ComboBox<Double> box = new ComboBox<>();
        box.setEditable(true);
        box.setConverter(field);
        field.editor = box.getEditor();
        box.setId(key.name());
        box.getProperties().put(SettingField.class, field);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, a, v) -> {
            if (v != null && !v.equals(current.get())) set.accept(v);
        });
        return box;
    }

    /** The field helper behind a control made here. */
    @SuppressWarnings("unchecked")
    static SettingField<?> of(Control control) { return (SettingField<?>) control.getProperties().get(SettingField.class); }

    @Override
    public String toString(T value) { return value == null ? "" : format.apply(value); }

    /** The typed text as the setting's value; a refused text keeps the old value and says why beside the field. */
    @Override
    public T fromString(String text) {
        try {
            T value = key.type().cast(key.setting().accept(parse(text)));
            if (!value.equals(current.get())) reason.setText("");   // leaving the field after a refusal keeps the reason on show
            return value;
        } catch (IllegalArgumentException e) {
            reason.setText(e.getMessage());
            T old = current.get();
            if (editor != null) editor.setText(toString(old));
            return old;
        }
    }

    /** A whole number, else a number, else the text itself (which the table refuses as not a number). */
    static Object parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException notWhole) {
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException notNumber) {
                return t;
            }
        }
    }

    /** The arrows: one step up or down, held within the table's range. */
    private static final class Steps<T extends Number> extends SpinnerValueFactory<T> {
        private final Settings.Key<T> key;
        private boolean stepping;   // the value being set is an arrow's or the wheel's step, not a typed one

        Steps(Settings.Key<T> key) { this.key = key; }

        @Override public void decrement(int steps) { step(-steps); }
        @Override public void increment(int steps) { step(steps); }

        private void step(long by) {
            if (getValue() == null) return;
            long lo = (long) key.setting().min(), hi = (long) key.setting().max(), now = getValue().longValue();
            long next = by > 0 ? (now > hi - by ? hi : now + by) : (now < lo - by ? lo : now + by);
            stepping = true;
            try {
                setValue(key.type().cast(key.setting().accept(next)));
            } finally {
                stepping = false;
            }
        }
    }
}
