package gov.enterprise.idempotency;

/** What claiming an idempotency key found: go ahead, or the answer a retry gets instead. */
sealed interface Claim {

    /** The key is this request's: run it. */
    record Granted() implements Claim {
    }

    /** The first request with this key completed: replay its answer. */
    record Completed(StoredResponse response) implements Claim {
    }

    /** The key was used for a different request (another body, method or path): 422. */
    record Mismatch() implements Claim {
    }

    /** The first request with this key is still running (it holds the key's lock): 409, try again later. */
    record InFlight() implements Claim {
    }
}
