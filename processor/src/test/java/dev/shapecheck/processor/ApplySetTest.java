package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertMessageContains;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Apply(set)} entries: each bad one is an {@code InvalidOverride} error placed on that
 * entry (its own line and column), naming what is wrong and suggesting the near miss. The uses here
 * are inside a {@code @Block}, which is only read, so the messages are the reader's alone.
 */
final class ApplySetTest {
  /** A block {@code Inner} with a wrapped layer, and {@code Outer} applying it with {@code set}. */
  private static JavaFileObject outer(String... entries) {
    String[] lines = new String[entries.length];
    for (int i = 0; i < entries.length; i++) {
      String literal = "\"" + entries[i].replace("\"", "\\\"") + "\"";
      lines[i] = "      " + literal + (i < entries.length - 1 ? "," : "");
    }
    List<String> all =
        new java.util.ArrayList<>(
            List.of(
                "@Block",
                "interface Inner {",
                "  @Input Layer in();",
                "  @Conv2D(filters = 8, kernelSize = 3, padding = Padding.SAME) Layer conv(Layer in);",
                "  @Bidirectional @LSTM(units = 4) Layer rnn(Layer conv);",
                "  @Dropout(rate = 0.5) Layer drop(Layer rnn);",
                "}",
                "",
                "@Block",
                "interface Outer {",
                "  @Input Layer x();",
                "  @Apply(value = Inner.class, set = {"));
    all.addAll(List.of(lines));
    all.addAll(
        List.of(
            "  })",
            "  Layer inner(Layer x);",
            "  @Apply(value = Inner.class) Layer again(Layer inner);",
            "}"));
    return source("Outer", all.toArray(new String[0]));
  }

  private static List<Diagnostic<? extends JavaFileObject>> overrideErrors(Compilation c) {
    List<Diagnostic<? extends JavaFileObject>> found = new java.util.ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      if (d.getMessage(Locale.ROOT).startsWith("[ShapeCheck/InvalidOverride]")) {
        found.add(d);
      }
    }
    return found;
  }

  @Test
  void validEntriesOfEveryValueFormAreAccepted() {
    Compilation c =
        compile(
            outer(
                "conv.filters=16",
                "conv.kernelSize={5, 5}",
                "conv.strides=2",
                "conv.padding=VALID",
                "conv.activation=Activations.RELU",
                "conv.useBias=false",
                "drop.rate=2.5e-1",
                "rnn.mergeMode=MergeMode.SUM",
                "rnn.units=1_024"));

    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void eachBadEntryIsReportedOnItsOwnLine() {
    JavaFileObject file =
        outer(
            "conv.filter=16",
            "conve.filters=16",
            "conv.filters=sixteen",
            "conv.kernelSize={5, x}",
            "conv.padding=Padding.SOME",
            "conv.activation=Padding.SAME",
            "drop.rate=\"0.5\"",
            "conv.useBias=1",
            "in.shape={2}",
            "conv.filters",
            "conv.filters.x=1");
    Compilation c = compile(file);

    assertThat(c).failed();
    List<Diagnostic<? extends JavaFileObject>> errors = overrideErrors(c);
    assertThat(errors).hasSize(11);
    String[][] expected = {
      {"\"conv.filter=16\"", "conv (Conv2D) has no attribute filter; did you mean filters?"},
      {"\"conve.filters=16\"", "Inner has no layer or use named conve; did you mean conv?"},
      {
        "\"conv.filters=sixteen\"",
        "sixteen is not a int, the type of conv (Conv2D)'s filters",
        "hint: write an int literal"
      },
      {"\"conv.kernelSize={5, x}\"", "{5, x} is not a int[]", "\"kernelSize={2, 2}\", or one int"},
      {"\"conv.padding=Padding.SOME\"", "Padding has no constant SOME; did you mean SAME?"},
      {"\"conv.activation=Padding.SAME\"", "Padding.SAME is not a Activations constant"},
      {"\"drop.rate=\"0.5\"\"", "\"0.5\" is not a number, the type of drop (Dropout)'s rate"},
      {"\"conv.useBias=1\"", "1 is not a boolean", "hint: write true or false"},
      {"\"in.shape={2}\"", "in is an input of Inner, which has no arguments to set"},
      {"\"conv.filters\"", "is not of the form layer.attribute=value"},
      {"\"conv.filters.x=1\"", "conv is a layer of Inner, not an applied block"},
    };
    for (int i = 0; i < expected.length; i++) {
      Diagnostic<? extends JavaFileObject> error = errors.get(i);
      assertThat(error.getLineNumber()).isEqualTo(18L + i); // entry i is on line 18 + i
      assertThat(error.getColumnNumber()).isEqualTo(7L); // the string literal, not the attribute
      assertMessageContains(error, "inner(): set entry ");
      assertMessageContains(error, expected[i]);
    }
  }

  @Test
  void nestedUsesAreReachedThroughTheirNames() {
    JavaFileObject file =
        source(
            "Nested",
            "@Block",
            "interface Unit {",
            "  @Input Layer in();",
            "  @Dense(units = 8) Layer dense(Layer in);",
            "}",
            "",
            "@Block",
            "interface Pair {",
            "  @Input Layer in();",
            "  @Apply(Unit.class) Layer first(Layer in);",
            "  @Apply(Unit.class) Layer second(Layer first);",
            "}",
            "",
            "@Block",
            "interface Nested {",
            "  @Input Layer in();",
            "  @Apply(value = Pair.class, set = {\"second.dense.units=4\", \"second.dens.units=4\","
                + " \"second.units=4\"})",
            "  Layer pair(Layer in);",
            "}");
    Compilation c = compile(file);

    List<Diagnostic<? extends JavaFileObject>> errors = overrideErrors(c);
    assertThat(errors).hasSize(2);
    assertMessageContains(
        errors.get(0), "Unit has no layer or use named dens; did you mean dense?");
    assertMessageContains(
        errors.get(1), "second applies Unit; name a layer inside it", "\"second.dense.units=...\"");
    // the three entries share one line: each message is on its own entry's column
    assertThat(errors.get(0).getColumnNumber()).isLessThan(errors.get(1).getColumnNumber());
    assertThat(errors.get(0).getLineNumber()).isEqualTo(22L);
  }
}
