/**
 * ShapeCheck's public API: {@link dev.shapecheck.Sequential} to declare a model, and the values
 * ({@link dev.shapecheck.Shape}, {@link dev.shapecheck.Layer}, {@link dev.shapecheck.ModelSummary})
 * that generated model classes expose. Layer annotations live in {@code dev.shapecheck.layers}.
 */
package dev.shapecheck;
