/**
 * What users compile against: the model annotations ({@code dev.shapecheck}), the layer annotations
 * ({@code dev.shapecheck.layers}) and the values generated classes return ({@code Shape}, {@code
 * Layer}, {@code ModelSummary}). The renderers behind {@code ModelSummary}'s tables and diagrams
 * ({@code dev.shapecheck.render}) are not exported: they are how, not what. The compile-time engine
 * is another artifact, {@code shapecheck-engine}, which the processor brings along; nothing of it
 * is in this module.
 */
module dev.shapecheck {
  exports dev.shapecheck;
  exports dev.shapecheck.layers;
}
