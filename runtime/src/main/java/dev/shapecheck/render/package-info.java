/**
 * How a {@link dev.shapecheck.ModelSummary} is printed: the Keras, TensorFlow.js and ShapeCheck
 * tables, Markdown, CSV, and the DOT, Mermaid and SVG diagrams. Not exported by the module {@code
 * dev.shapecheck}: users reach all of it through {@code ModelSummary}'s methods, so the layouts can
 * change without changing the API.
 */
package dev.shapecheck.render;
