package dev.shapecheck.examples;

/** The main job of the README's first command: print the seed model's summary, checked by javac. */
public final class PrintSeedSummary {
  private PrintSeedSummary() {}

  public static void main(String[] args) {
    System.out.print(MnistCnnModel.summary());
  }
}
