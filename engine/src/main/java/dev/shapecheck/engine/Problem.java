package dev.shapecheck.engine;

import java.util.List;
import java.util.Objects;

/**
 * One error in a model, with enough of a location for the processor to underline it: the layer (by
 * index in declaration order, or {@link #MODEL} for the model itself) and the annotation attribute
 * at fault, when there is one.
 */
public final class Problem {
  /** The {@link #layerIndex()} of problems that belong to the model, not one layer. */
  public static final int MODEL = -1;

  private final ErrorKind kind;
  private final int layerIndex;
  private final String attribute;
  private final String annotation;
  private final String headline;
  private final List<String> details;
  private final int parameter;
  private final int entry;

  Problem(
      ErrorKind kind,
      int layerIndex,
      String annotation,
      String attribute,
      String headline,
      List<String> details) {
    this(kind, layerIndex, annotation, attribute, headline, details, -1);
  }

  Problem(
      ErrorKind kind,
      int layerIndex,
      String annotation,
      String attribute,
      String headline,
      List<String> details,
      int parameter) {
    this(kind, layerIndex, annotation, attribute, headline, details, parameter, -1);
  }

  Problem(
      ErrorKind kind,
      int layerIndex,
      String annotation,
      String attribute,
      String headline,
      List<String> details,
      int parameter,
      int entry) {
    this.parameter = parameter;
    this.entry = entry;
    this.kind = Objects.requireNonNull(kind);
    this.layerIndex = layerIndex;
    this.annotation = annotation;
    this.attribute = attribute;
    this.headline = Objects.requireNonNull(headline);
    this.details = List.copyOf(details);
  }

  /** A problem found outside the engine, e.g. by the processor reading a declaration. */
  public static Problem of(
      ErrorKind kind, int layerIndex, String attribute, String headline, List<String> details) {
    return new Problem(kind, layerIndex, null, attribute, headline, details);
  }

  public ErrorKind kind() {
    return kind;
  }

  /** The layer's position in declaration order, or {@link #MODEL}. */
  public int layerIndex() {
    return layerIndex;
  }

  /**
   * The simple name of the annotation that holds {@link #attribute()} when a method carries several
   * ({@code "LSTM"} under {@code @Bidirectional}), or null for the layer's outermost one.
   */
  public String annotation() {
    return annotation;
  }

  /** The annotation attribute at fault ({@code "kernelSize"}), or null for the whole annotation. */
  public String attribute() {
    return attribute;
  }

  /**
   * The index of the method parameter at fault (an inbound layer of a functional model that does
   * not exist, say), or -1: the processor then places the message on that parameter.
   */
  public int parameter() {
    return parameter;
  }

  /**
   * The index of the element at fault when {@link #attribute()} is an array ({@code set} entry 2 of
   * {@code @Apply}), or -1 for the attribute as a whole.
   */
  public int entry() {
    return entry;
  }

  /** The first line, without the tag. */
  public String headline() {
    return headline;
  }

  /** The indented lines below the headline: where, what arrived, what was needed, a hint. */
  public List<String> details() {
    return details;
  }

  /** The whole message as the compiler prints it: tag and headline, then indented details. */
  public String render() {
    StringBuilder out = new StringBuilder(kind.prefix()).append(' ').append(headline);
    for (String detail : details) {
      out.append("\n  ").append(detail);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
