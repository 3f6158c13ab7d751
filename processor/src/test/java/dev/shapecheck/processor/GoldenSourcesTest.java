package dev.shapecheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.generatedSource;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/**
 * One golden generated class per way {@link ModelClassWriter} can write one, each from the smallest
 * model that takes that way ({@code good/} holds the models, {@code expected/} the classes). The
 * seed's golden is {@link GeneratedModelTest}'s.
 */
final class GoldenSourcesTest {
  /** Layer rows, a {@code Layer.input}/{@code Layer.connected} list, a qualified SUMMARY. */
  @Test
  void functionalModel() {
    assertGolden("test", "TwoTowers");
  }

  /** 201 rows: built by two helper methods and {@code allLayers()}. */
  @Test
  void rowsSplitIntoHelperMethods() {
    assertGolden("test", "SplitRows");
  }

  /** KERAS_JSON past one string constant's 60,000 characters: two constants joined. */
  @Test
  void kerasJsonJoinedFromChunks() {
    assertGolden("test", "LongJson");
  }

  /** An accessor whose parameters pass 100 columns: the list wraps. */
  @Test
  void longParameterListWraps() {
    assertGolden("test", "WideParameters");
  }

  /** A package class String and a member type Shape: both names written qualified. */
  @Test
  void shadowedNamesAreQualified() {
    assertGolden("shadows", "ShadowedNames");
  }

  /** {@code @NonNull Layer x} is declared as {@code Layer x}: no type mirror printed. */
  @Test
  void typeUseAnnotatedParametersArePlainLayers() {
    assertGolden("test", "TypeUseParameters");
  }

  private static void assertGolden(String packageName, String model) {
    Compilation compilation = compile(JavaFileObjects.forResource("good/" + model + ".java"));
    assertThat(compilation).succeededWithoutWarnings();
    Goldens.assertGolden(
        model + "Model.java", generatedSource(compilation, packageName + "." + model + "Model"));
  }
}
