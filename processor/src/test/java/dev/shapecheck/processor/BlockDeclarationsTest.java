package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Declaration errors of blocks and {@code @Apply} that the reader finds: cycles, a value that is no
 * block, parameters that are not layers, members without inbound layers. Blocks are only read (no
 * class is generated for them), so each of these is the one error of its compilation.
 */
final class BlockDeclarationsTest {
  @Test
  void aBlockApplyingItselfIsABlockCycleOnTheApplyValue() {
    JavaFileObject file =
        source(
            "Loop",
            "@Block",
            "interface Loop {",
            "  @Input Layer in();",
            "  @Apply(value = Loop.class) Layer again(Layer in);",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "BlockCycle",
        "Layer again(",
        "again(): applying Loop here makes a" + " block contain itself: Loop -> Loop");
  }

  @Test
  void anIndirectCycleIsReportedOnceWithItsPath() {
    JavaFileObject file =
        source(
            "First",
            "@Block",
            "interface First {",
            "  @Input Layer in();",
            "  @Apply(Second.class) Layer second(Layer in);",
            "}",
            "",
            "@Block",
            "interface Second {",
            "  @Input Layer in();",
            "  @Apply(First.class) Layer first(Layer in);",
            "}");

    Compilation c = compile(file);
    // First is read first (names are processed in order): First -> Second -> First closes in
    // Second's use of First.
    assertOnlyError(c, file, "BlockCycle", "Layer first(", "First -> Second -> First");
  }

  @Test
  void applyOfAnInterfaceThatIsNoBlockIsInvalidBlockUse() {
    JavaFileObject file =
        source(
            "User",
            "interface Plain {",
            "  Layer in();",
            "}",
            "",
            "@Block",
            "interface User {",
            "  @Input Layer in();",
            "  @Apply(value = Plain.class) Layer plain(Layer in);",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InvalidBlockUse",
        "Plain.class",
        "Plain is neither a @Block, a @Functional nor a @Sequential interface",
        "hint: annotate Plain with @Block");
  }

  @Test
  void aParameterThatIsNotALayerIsReportedOnTheParameter() {
    JavaFileObject file =
        source(
            "Typed",
            "@Block",
            "interface Typed {",
            "  @Input Layer in();",
            "  @Dense(units = 4) Layer dense(",
            "      Layer in,",
            "      String label);",
            "}");

    Compilation c = compile(file);
    assertOnlyError(
        c,
        file,
        "UnknownInbound",
        "String label",
        "dense(): parameter label is a java.lang.String, but a parameter names an inbound layer",
        "hint: declare it as `Layer label`");
    assertThat(c.errors().get(0).getColumnNumber()).isEqualTo(14L); // on `label`
  }

  @Test
  void aLayerWithoutParametersHasNoInbound() {
    JavaFileObject file =
        source(
            "Orphan",
            "@Block",
            "interface Orphan {",
            "  @Input Layer in();",
            "  @Dense(units = 4) Layer dense();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "NoInbound",
        "Layer dense()",
        "dense (Dense): names no inbound layer",
        "available: inputs in; no earlier layers",
        "e.g. Layer dense(Layer in)");
  }

  @Test
  void anInputWithParametersIsReportedOnTheParameter() {
    JavaFileObject file =
        source(
            "Fed",
            "@Block",
            "interface Fed {",
            "  @Input Layer in(Layer other);",
            "  @Dense(units = 4) Layer dense(Layer in);",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "MethodHasParameters",
        "Layer other",
        "in() is an @Input, but has parameters");
  }

  @Test
  void anInputThatIsAlsoALayerHasTwoAnnotations() {
    JavaFileObject file =
        source("Both", "@Block", "interface Both {", "  @Input @Dense(units = 4) Layer in();", "}");

    assertOnlyError(
        compile(file),
        file,
        "MultipleLayerAnnotations",
        "Layer in()",
        "in() is annotated both @Input and @Dense");
  }

  @Test
  void aBlockOnAClassIsNotAnInterface() {
    JavaFileObject file = source("Piece", "@Block", "class Piece {}");

    assertOnlyError(
        compile(file),
        file,
        "NotAnInterface",
        "@Block",
        "@Block goes on an interface, not on class" + " Piece");
  }

  @Test
  void aValidBlockAloneGeneratesNothing() {
    JavaFileObject file =
        source(
            "Residual",
            "@Block",
            "interface Residual {",
            "  @Input Layer in();",
            "  @Conv2D(filters = 8, kernelSize = 3, padding = Padding.SAME) Layer conv(Layer in);",
            "  @BatchNormalization Layer norm(Layer conv);",
            "}");

    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c.generatedSourceFiles()).isEmpty();
  }
}
