package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertMessageContains;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.errorTagged;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a new user met in the first hour with ShapeCheck (issue 15): graphs Keras builds that
 * crashed the processor, declarations it ignored in silence, and messages that misled. Every
 * expected number here comes from ShapeCheck itself on an equivalent model written another way (a
 * block that passes its input through adds no layer, as a Python function returning its argument
 * adds none to a Keras model), never from a hand computation.
 */
final class FirstHourTest {
  private static final String[] PLAIN = {
    "@Functional(outputs = {\"d\"})",
    "interface Plain {",
    "  @Input(shape = {8}) Layer x();",
    "  @Dense(units = 4) Layer d(Layer x);",
    "}"
  };

  private static ModelSummary summary(Compilation compilation, String model) {
    return (ModelSummary)
        GeneratedClasses.field(GeneratedClasses.load(compilation, "test." + model), "SUMMARY");
  }

  private static Layer call(Compilation compilation, String model, String method, int arity) {
    return GeneratedClasses.call(
        GeneratedClasses.load(compilation, "test." + model), method, arity);
  }

  /** The summary of {@link #PLAIN}, the model every pass-through below must equal. */
  private static ModelSummary plain() {
    Compilation c = compile(source("Plain", PLAIN));
    assertThat(c).succeededWithoutWarnings();
    return summary(c, "PlainModel");
  }

  private static void assertSameModel(ModelSummary actual, ModelSummary expected) {
    assertThat(actual.totalParams()).isEqualTo(expected.totalParams());
    assertThat(actual.layers()).hasSize(expected.layers().size());
    for (int i = 0; i < expected.layers().size(); i++) {
      Layer a = actual.layers().get(i);
      Layer e = expected.layers().get(i);
      assertThat(a.name()).isEqualTo(e.name());
      assertThat(a.outputShape()).isEqualTo(e.outputShape());
      assertThat(a.inbound()).isEqualTo(e.inbound());
      assertThat(a.params()).isEqualTo(e.params());
    }
  }

  @Nested
  final class GraphsKerasBuilds {
    /** A block of one layer, to chain. */
    private final JavaFileObject one =
        source(
            "One",
            "@Block",
            "interface One {",
            "  @Input Layer in();",
            "  @Dense(units = 4) Layer d(Layer in);",
            "}");

    private final JavaFileObject identity =
        source("Id", "@Block(outputs = \"in\")", "interface Id {", "  @Input Layer in();", "}");

    private void assertPassesThrough(String times) {
      JavaFileObject model =
          source(
              "UseId",
              "@Functional(outputs = {\"d\"})",
              "interface UseId {",
              "  @Input(shape = {8}) Layer x();",
              "  @Apply(value = Id.class" + times + ") Layer i(Layer x);",
              "  @Dense(units = 4) Layer d(Layer i);",
              "}");
      Compilation c = compile(identity, model);
      assertThat(c).succeededWithoutWarnings();
      assertSameModel(summary(c, "UseIdModel"), plain());
      // The use stands for what it passes through: the input x.
      assertThat(call(c, "UseIdModel", "i", 1).name()).isEqualTo("x");
    }

    @Test
    void aBlockWhoseOutputIsItsInputAddsNoLayer() {
      assertPassesThrough("");
    }

    @Test
    void aChainOfPassThroughBlocksAddsNoLayer() {
      assertPassesThrough(", times = 2");
    }

    @Test
    void anAppliedFunctionalModelThatReturnsItsInputAddsNoLayer() {
      JavaFileObject pass =
          source(
              "Pass",
              "@Functional(outputs = {\"y\"})",
              "interface Pass {",
              "  @Input(shape = {8}) Layer y();",
              "}");
      JavaFileObject model =
          source(
              "UsePass",
              "@Functional(outputs = {\"d\"})",
              "interface UsePass {",
              "  @Input(shape = {8}) Layer x();",
              "  @Apply(Pass.class) Layer p(Layer x);",
              "  @Dense(units = 4) Layer d(Layer p);",
              "}");
      Compilation c = compile(pass, model);
      assertThat(c).succeededWithoutWarnings();
      assertSameModel(summary(c, "UsePassModel"), plain());
      assertThat(call(c, "UsePassModel", "p", 1).name()).isEqualTo("x");
      assertThat(summary(c, "PassModel").totalParams()).isEqualTo(0L);
    }

    @Test
    void aSideBranchOfAPassThroughBlockIsLeftOutOfTheTotals() {
      JavaFileObject side =
          source(
              "Side",
              "@Block(outputs = \"in\")",
              "interface Side {",
              "  @Input Layer in();",
              "  @Dense(units = 3) Layer side(Layer in);",
              "}");
      JavaFileObject model =
          source(
              "UseSide",
              "@Functional(outputs = {\"d\"})",
              "interface UseSide {",
              "  @Input(shape = {8}) Layer x();",
              "  @Apply(Side.class) Layer s(Layer x);",
              "  @Dense(units = 4) Layer d(Layer s);",
              "}");
      Compilation c = compile(side, model);
      assertThat(c).succeeded();
      ModelSummary summary = summary(c, "UseSideModel");
      // Keras leaves a layer that reaches no output out of the model: the totals are Plain's.
      assertThat(summary.totalParams()).isEqualTo(plain().totalParams());
      assertThat(call(c, "UseSideModel", "s", 1).name()).isEqualTo("x");
    }

    @Test
    void aHugeTimesIsAPlacedErrorAtOnce() {
      JavaFileObject model =
          source(
              "Many",
              "@Functional",
              "interface Many {",
              "  @Input(shape = {4}) Layer x();",
              "  @Apply(value = One.class,",
              "      times = 2000000000) Layer m(Layer x);",
              "}");
      assertOnlyError(
          compile(one, model),
          model,
          "InvalidBlockUse",
          "times = 2000000000",
          "m (@Apply one): times = 2000000000 expands one into more than 100,000 layers",
          "needed: at most 100,000 layers once every block is expanded");
    }

    @Test
    void aChainPastWhatOneClassFileHoldsStillCompiles() {
      // 40,000 rows: more string constants than one class file may hold (65,535), and a chain
      // deeper than a recursive walk of the graph survives on javac's stack.
      JavaFileObject model =
          source(
              "Deep",
              "@Functional",
              "interface Deep {",
              "  @Input(shape = {4}) Layer x();",
              "  @Apply(value = One.class, times = 40000) Layer m(Layer x);",
              "}");
      Compilation c = compile(one, model);
      assertThat(c).succeededWithoutWarnings();
      ModelSummary summary = summary(c, "DeepModel");
      assertThat(summary.layers()).hasSize(40_001);
      assertThat(summary.totalParams()).isEqualTo(40_000 * summary.layers().get(1).params());
      assertThat(call(c, "DeepModel", "m", 1).name()).isEqualTo("m40000_d");
      assertThat(generatedSource(c, "test.DeepModel")).contains("private static final class Rows7");
    }

    @Test
    void aTypeUseAnnotationOnAParameterIsNotCopiedIntoTheGeneratedClass() {
      JavaFileObject nonNull =
          JavaFileObjects.forSourceLines(
              "test.NonNull",
              "package test;",
              "import java.lang.annotation.*;",
              "@Target(ElementType.TYPE_USE) public @interface NonNull {}");
      JavaFileObject model =
          source(
              "Annotated",
              "@Functional",
              "interface Annotated {",
              "  @Input(shape = {8}) Layer x();",
              "  @Dense(units = 4) Layer d(@NonNull Layer x);",
              "}");
      Compilation c = compile(nonNull, model);
      assertThat(c).succeededWithoutWarnings();
      assertThat(generatedSource(c, "test.AnnotatedModel")).contains("public Layer d(Layer x) {");
    }

    @Test
    void aLayerNamedLikeAnObjectMethodGetsJavacsErrorAlone() {
      for (String name : new String[] {"toString", "hashCode"}) {
        JavaFileObject model =
            source(
                "Clash",
                "@Sequential(input = {8})",
                "interface Clash {",
                "  @Dense(units = 4) Layer " + name + "();",
                "}");
        Compilation c = compile(model);
        // javac's one error on the user's line, and none in a generated file repeating it.
        assertThat(c).hadErrorCount(1);
        assertThat(c)
            .hadErrorContaining(name + "() in test.Clash cannot override")
            .inFile(model)
            .onLineContaining(name + "()");
      }
    }
  }

  @Nested
  final class NothingIsIgnoredInSilence {
    @Test
    void layersOfANestedInterfaceAreReported() {
      JavaFileObject model =
          source(
              "Outer",
              "@Sequential(input = {8})",
              "interface Outer {",
              "  @Dense(units = 4) Layer a();",
              "  interface Inner {",
              "    @Dense(units = 3) Layer b();",
              "  }",
              "}");
      assertOnlyError(
          compile(model),
          model,
          "LayerOutsideModel",
          "Layer b()",
          "b(): @Dense is in Outer.Inner, a nested type that is no model",
          "hint: declare b() in Outer itself, or annotate Inner");
    }

    @Test
    void layersOfAnInterfaceWithoutModelAnnotationAreReported() {
      JavaFileObject model =
          source(
              "Loose",
              "interface Loose {",
              "  @Conv2D(filters = 8, kernelSize = 3) Layer conv();",
              "  @Input(shape = {4}) Layer in();",
              "}");
      Compilation c = compile(model);
      assertThat(c).hadErrorCount(2);
      assertThat(c)
          .hadErrorContaining(
              "[ShapeCheck/LayerOutsideModel] conv(): @Conv2D is in Loose,"
                  + " which is neither @Sequential, @Functional nor @Block")
          .inFile(model)
          .onLineContaining("Layer conv()");
      assertThat(c)
          .hadErrorContaining("[ShapeCheck/LayerOutsideModel] in(): @Input is in Loose")
          .inFile(model)
          .onLineContaining("Layer in()");
    }

    @Test
    void sequentialAndFunctionalOnOneInterfaceIsAConflict() {
      JavaFileObject model =
          source(
              "Both",
              "@Sequential(input = {8})",
              "@Functional",
              "interface Both {",
              "  @Dense(units = 4) Layer a();",
              "}");
      assertOnlyError(
          compile(model),
          model,
          "ConflictingModelAnnotations",
          "@Functional",
          "Both is both @Sequential and @Functional");
    }

    @Test
    void functionalAndBlockOnOneInterfaceIsAConflict() {
      JavaFileObject model =
          source(
              "Both",
              "@Functional",
              "@Block",
              "interface Both {",
              "  @Input(shape = {8}) Layer x();",
              "  @Dense(units = 4) Layer a(Layer x);",
              "}");
      assertOnlyError(
          compile(model),
          model,
          "ConflictingModelAnnotations",
          "@Block",
          "Both is both @Functional and @Block");
    }

    @Test
    void aBlockNobodyAppliesIsChecked() {
      JavaFileObject block =
          source(
              "Unapplied",
              "@Block(outputs = \"nope\")",
              "interface Unapplied {",
              "  @Input Layer in();",
              "  @Dense(units = 4) Layer d(Layer in);",
              "}");
      assertOnlyError(
          compile(block),
          block,
          "InvalidOutputs",
          "outputs = \"nope\"",
          "block unapplied: outputs names nope, which is no member of unapplied");
    }

    @Test
    void aBlocksOwnErrorIsReportedOnceOnTheBlockWhereverItIsApplied() {
      JavaFileObject block =
          source(
              "Bad",
              "@Block",
              "interface Bad {",
              "  @Input Layer in();",
              "  @Dense(units = 0) Layer d(Layer in);",
              "}");
      JavaFileObject model =
          source(
              "UseBad",
              "@Functional",
              "interface UseBad {",
              "  @Input(shape = {4}) Layer x();",
              "  @Apply(Bad.class) Layer a(Layer x);",
              "  @Apply(Bad.class) Layer b(Layer a);",
              "}");
      assertOnlyError(
          compile(block, model),
          block,
          "InvalidArgument",
          "units = 0",
          "d (Dense): units = 0, but it must be a positive integer",
          "in block bad, layer 2 of 2");
    }
  }

  @Nested
  final class MessagesSayWhatIsTrue {
    @Test
    void aComputedSizeBelowOneIsPrintedAsTheNumberItIs() {
      JavaFileObject model =
          source(
              "Big",
              "@Sequential(input = {28, 28, 1})",
              "interface Big {",
              "  @Conv2D(filters = 32, kernelSize = 30) Layer conv();",
              "}");
      assertOnlyError(
          compile(model),
          model,
          "KernelTooLarge",
          "kernelSize = 30",
          "output would be (-1, -1, 32)");
    }

    @Test
    void typeParametersAreCalledTypeParameters() {
      JavaFileObject model =
          source(
              "Generic",
              "@Sequential(input = {8})",
              "interface Generic {",
              "  @Dense(units = 4) <T> Layer out();",
              "}");
      assertOnlyError(
          compile(model),
          model,
          "MethodHasParameters",
          "<T> Layer out()",
          "out() declares type parameters, but a layer method is not generic",
          "instead of `<T> Layer out(...)`");
    }

    @Test
    void anInputInASequentialModelBelongsToFunctional() {
      JavaFileObject model =
          source(
              "InSequential",
              "@Sequential(input = {8})",
              "interface InSequential {",
              "  @Input(shape = {8}) Layer in();",
              "  @Dense(units = 4) Layer d();",
              "}");
      assertOnlyError(
          compile(model),
          model,
          "MissingLayerAnnotation",
          "Layer in()",
          "in() is an @Input, but @Input belongs to @Functional models and blocks",
          "@Sequential(input = {...})");
    }

    @Test
    void aLayerConsumingItselfIsOneErrorNotTwo() {
      JavaFileObject model =
          source(
              "SelfRef",
              "@Functional",
              "interface SelfRef {",
              "  @Input(shape = {8}) Layer x();",
              "  @Dense(units = 4) Layer d(Layer d);",
              "}");
      assertOnlyError(
          compile(model),
          model,
          "ForwardReference",
          "Layer d(Layer d)",
          "d (Dense): parameter d names this layer itself",
          "hint: a layer cannot consume its own output");
    }

    @Test
    void applyingWhatIsNoBlockNamesTheClass() {
      JavaFileObject sequential =
          source(
              "SModel",
              "@Sequential(input = {8})",
              "interface SModel {",
              "  @Dense(units = 4) Layer d();",
              "}");
      JavaFileObject model =
          source(
              "Applies",
              "@Functional",
              "interface Applies {",
              "  @Input(shape = {8}) Layer x();",
              "  @Apply(String.class) Layer s(Layer x);",
              "  @Apply(SModel.class) Layer t(Layer x);",
              "}");
      Compilation c = compile(sequential, model);
      // A @Sequential model is nested as one layer (NestedModelsTest): only String is no model.
      assertThat(c).hadErrorCount(1);
      assertThat(c)
          .hadErrorContaining(
              "[ShapeCheck/InvalidBlockUse] s(): @Apply(String.class), but String is a class, not"
                  + " an interface")
          .inFile(model)
          .onLineContaining("String.class");
      for (Diagnostic<? extends JavaFileObject> error : c.errors()) {
        assertThat(error.getMessage(Locale.ROOT)).doesNotContain("?.class");
      }
    }

    @Test
    void aControlCharacterInAModelNameIsShownEscaped() {
      JavaFileObject model =
          source(
              "Named",
              "@Sequential(name = \"a\\nb\", input = {8})",
              "interface Named {",
              "  @Dense(units = 0) Layer d();",
              "}");
      Compilation c = compile(model);
      Diagnostic<? extends JavaFileObject> error = errorTagged(c, "InvalidArgument");
      assertMessageContains(error, "in model \"a\\nb\", layer 1 of 1");
      assertThat(error.getMessage(Locale.ROOT).lines().count()).isEqualTo(3L);
    }

    @Test
    void aSetEntryErrorIsPlacedOnTheEntry() {
      JavaFileObject block =
          source(
              "B",
              "@Block",
              "interface B {",
              "  @Input Layer in();",
              "  @Dense(units = 4) Layer d(Layer in);",
              "}");
      String line = "  @Apply(value = B.class, set = {\"d.useBias=false\", \"d.units=0\"})";
      JavaFileObject model =
          source(
              "SetModel",
              "@Functional",
              "interface SetModel {",
              "  @Input(shape = {4}) Layer x();",
              line,
              "  Layer m(Layer x);",
              "}");
      Diagnostic<? extends JavaFileObject> error =
          errorTagged(compile(block, model), "InvalidArgument");
      assertThat(error.getLineNumber()).isEqualTo(9L);
      assertWithMessage("column of %s", error.getMessage(Locale.ROOT))
          .that(error.getColumnNumber())
          .isEqualTo((long) line.indexOf("\"d.units=0\"") + 1);
    }

    @Test
    void anInheritedMethodIsReportedWhereItIsDeclared() {
      JavaFileObject base = source("Base", "interface Base {", "  Layer inherited();", "}");
      JavaFileObject model =
          source(
              "Derived",
              "@Sequential(input = {8})",
              "interface Derived extends Base {",
              "  @Dense(units = 4) Layer d();",
              "}");
      assertOnlyError(
          compile(base, model),
          base,
          "InheritedMethod",
          "Layer inherited()",
          "abstract method inherited() is inherited from Base",
          "hint: declare the layer in" + " Derived");
    }

    @Test
    void aRepeatedFunctionalNameIsADuplicate() {
      JavaFileObject model =
          source(
              "Twice",
              "@Functional",
              "interface Twice {",
              "  @Input(shape = {8}) Layer x();",
              "  @Dense(units = 4) Layer d(Layer x);",
              "  @Dense(units = 2) Layer d(Layer x, Layer y);",
              "}");
      assertOnlyError(
          compile(model),
          model,
          "DuplicateName",
          "Layer d(Layer x, Layer y)",
          "d (Dense): the name d is already taken by an earlier member");
    }

    @Test
    void aSecondInputOfARecurrentLayerIsItsInitialStateNotAMerge() {
      JavaFileObject model =
          source(
              "Seq2Seq",
              "@Functional(outputs = {\"decoder\"})",
              "interface Seq2Seq {",
              "  @Input(shape = {5, 8}) Layer source();",
              "  @LSTM(units = 4) Layer encoder(Layer source);",
              "  @Input(shape = {5, 8}) Layer target();",
              "  @LSTM(units = 4) Layer decoder(Layer target, Layer encoder);",
              "}");
      Compilation c = compile(model);
      assertOnlyError(
          c,
          model,
          "InitialStateMismatch",
          "Layer decoder(",
          "decoder (LSTM): receives 1 initial state, but LSTM has 2 states [state_h, state_c]",
          "returnState = true");
      assertThat(c.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("@Add");
    }
  }
}
