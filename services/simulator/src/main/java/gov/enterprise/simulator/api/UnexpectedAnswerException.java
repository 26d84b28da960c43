package gov.enterprise.simulator.api;

/** The API answered something the simulator cannot go on with. */
public class UnexpectedAnswerException extends RuntimeException {

    private final ApiResponse response;

    public UnexpectedAnswerException(ApiResponse response) {
        super(response.describe());
        this.response = response;
    }

    public ApiResponse response() {
        return response;
    }
}
