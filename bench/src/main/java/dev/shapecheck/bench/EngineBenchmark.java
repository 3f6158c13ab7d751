package dev.shapecheck.bench;

import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.ModelConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The shape engine alone, without javac: {@code ShapeEngine.check} on the benchmark's own models.
 * Each invocation checks a fixed number of layers and declares it as its operation count, so JMH's
 * score is layers per second; equal scores for the two methods mean the engine's cost per layer
 * does not grow with the model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {
  private static final int MODELS = 100;
  private static final int DEEP_LAYERS = 10_000;

  private List<ModelConfig> mixed;
  private ModelConfig deep;

  @Setup
  public void setUp() {
    Random random = new Random(Corpus.SEED);
    mixed =
        java.util.stream.IntStream.rangeClosed(1, MODELS)
            .mapToObj(i -> SyntheticModel.mixed(String.format("M%04d", i), random).config())
            .toList();
    deep = SyntheticModel.deep("Deep" + DEEP_LAYERS, DEEP_LAYERS).config();
    for (ModelConfig model : mixed) {
      requireClean(ShapeEngine.check(model));
    }
    requireClean(ShapeEngine.check(deep));
  }

  /** 100 models of 20 mixed layers, one after the other. */
  @Benchmark
  @OperationsPerInvocation(MODELS * SyntheticModel.MIXED_LAYERS)
  public void mixed20LayerModels(Blackhole blackhole) {
    for (ModelConfig model : mixed) {
      blackhole.consume(ShapeEngine.check(model));
    }
  }

  /** One model of 10,000 layers. */
  @Benchmark
  @OperationsPerInvocation(DEEP_LAYERS)
  public ModelCheck deep10000Layers() {
    return ShapeEngine.check(deep);
  }

  /** A model with errors or warnings would measure another path. */
  private static void requireClean(ModelCheck check) {
    if (!check.problems().isEmpty()) {
      throw new IllegalStateException("benchmark model is invalid: " + check.problems());
    }
  }
}
