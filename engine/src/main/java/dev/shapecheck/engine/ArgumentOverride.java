package dev.shapecheck.engine;

import java.util.List;
import java.util.Objects;

/**
 * One per-use argument of a block use, parsed from {@code @Apply(set = "conv1.filters=128")}: the
 * path to a layer inside the block (through nested uses), the attribute, and the value, of the type
 * the annotation attribute has (Integer, int[], Double, Boolean, String or an enum constant name as
 * a String).
 */
public final class ArgumentOverride {
  private final List<String> path;
  private final String attribute;
  private final Object value;
  private final int index;

  /**
   * @param index which {@code set} entry this is, so problems can be placed on it
   */
  public ArgumentOverride(List<String> path, String attribute, Object value, int index) {
    this.path = List.copyOf(path);
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.value = Objects.requireNonNull(value, "value");
    this.index = index;
  }

  /** {@code ["branch1", "conv"]} for {@code "branch1.conv.filters=64"}. */
  public List<String> path() {
    return path;
  }

  public String attribute() {
    return attribute;
  }

  public Object value() {
    return value;
  }

  public int index() {
    return index;
  }
}
