/**
 * The shape engine: Keras's shapes, parameter counts and validity rules in plain Java, with no
 * compiler API. The annotation processor is one client; the conformance suites and programs that
 * check a model built at run time are others.
 *
 * <p><b>The public facade</b> is what such a client needs and nothing more:
 *
 * <ul>
 *   <li>a model description, built in code: {@link dev.shapecheck.engine.ModelConfig} (a
 *       {@code @Sequential} stack) of {@link dev.shapecheck.engine.LayerConfig}s, or {@link
 *       dev.shapecheck.engine.GraphConfig} (a {@code @Functional} model or a {@code @Block}) of
 *       {@link dev.shapecheck.engine.NodeConfig}s, with {@link
 *       dev.shapecheck.engine.DesignConstraints} and {@link
 *       dev.shapecheck.engine.ArgumentOverride}s; layer types and arguments are named as the
 *       annotations of {@code dev.shapecheck.layers} name them ({@link
 *       dev.shapecheck.engine.LayerConfig#withDefaults} fills in their defaults);
 *   <li>{@link dev.shapecheck.engine.ShapeEngine#check}, which gives a {@link
 *       dev.shapecheck.engine.ModelCheck}: the {@link dev.shapecheck.ModelSummary} and Keras JSON
 *       (Keras 3's form and tf.keras 2's) of a clean model, or every {@link
 *       dev.shapecheck.engine.Problem} (tagged by {@link dev.shapecheck.engine.ErrorKind}) with the
 *       message the processor would print.
 * </ul>
 *
 * <p>Everything else — the layer catalogue and specs, the evaluator, the rules, the JSON writers —
 * is package-private, so it can change without breaking a client. {@code EnginePublicApiTest} fails
 * when a public type is added; docs/guide.md ("Checking a model at run time") shows the facade in
 * use.
 */
package dev.shapecheck.engine;
