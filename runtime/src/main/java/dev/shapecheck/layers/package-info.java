/**
 * Layer annotations, one per Keras layer class and named exactly like it. Put one on each abstract
 * method of a {@link dev.shapecheck.Sequential}, {@link dev.shapecheck.Functional} or {@link
 * dev.shapecheck.Block} interface; attributes are the Keras constructor arguments in
 * lowerCamelCase, and a one-element tuple argument applies to every spatial axis. The merge layers
 * ({@link Add}, {@link Concatenate}, {@link Dot}, …) take several inputs, so they belong in
 * functional models, where a method's parameters name its inputs.
 */
package dev.shapecheck.layers;
