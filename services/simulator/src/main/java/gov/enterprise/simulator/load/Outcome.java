package gov.enterprise.simulator.load;

/**
 * How one request ended: an HTTP status (successful or not) or a failure without one. The label is what the report
 * groups by: {@code 202}, {@code 503}, {@code timeout}, {@code connect}, {@code no-answer}, ...
 */
public record Outcome(String label, boolean success) {

    /** The generator gave up waiting for the answer at the end of the run. */
    public static final Outcome NO_ANSWER = new Outcome("no-answer", false);

    public static Outcome status(int status, boolean success) {
        return new Outcome(Integer.toString(status), success);
    }

    public static Outcome failure(String label) {
        return new Outcome(label, false);
    }
}
