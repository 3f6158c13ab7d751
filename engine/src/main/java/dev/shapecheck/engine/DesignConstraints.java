package dev.shapecheck.engine;

/**
 * What the user declared a model must satisfy beyond Keras's rules: the final shape ({@code
 * expectOutput}) and budgets for deployment ({@code maxParams}, {@code maxMacs}, {@code
 * maxParamBytes}). {@link #NONE} (-1) sets no budget; a null or empty expected output expects
 * nothing.
 */
public final class DesignConstraints {
  /** No budget. */
  public static final long NONE = -1;

  /** No expectations and no budgets. */
  public static final DesignConstraints UNCONSTRAINED =
      new DesignConstraints(null, NONE, NONE, NONE);

  private final int[] expectOutput;
  private final long maxParams;
  private final long maxMacs;
  private final long maxParamBytes;

  private DesignConstraints(int[] expectOutput, long maxParams, long maxMacs, long maxParamBytes) {
    this.expectOutput =
        expectOutput == null || expectOutput.length == 0 ? null : expectOutput.clone();
    this.maxParams = maxParams;
    this.maxMacs = maxMacs;
    this.maxParamBytes = maxParamBytes;
  }

  public static DesignConstraints of(
      int[] expectOutput, long maxParams, long maxMacs, long maxParamBytes) {
    return new DesignConstraints(expectOutput, maxParams, maxMacs, maxParamBytes);
  }

  /** The expected final dimensions without the batch, or null. */
  public int[] expectOutput() {
    return expectOutput == null ? null : expectOutput.clone();
  }

  public long maxParams() {
    return maxParams;
  }

  public long maxMacs() {
    return maxMacs;
  }

  public long maxParamBytes() {
    return maxParamBytes;
  }
}
