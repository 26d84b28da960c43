package gov.enterprise.messaging;

import gov.enterprise.contracts.Topics;

/**
 * Turns the logical topic names of the contracts into the names on the broker. Production has no prefix; each test
 * class gets its own, so it sees fresh topics on a shared broker.
 */
public record TopicNames(String prefix) {

    public TopicNames {
        prefix = prefix == null ? "" : prefix;
    }

    public String of(String topic) {
        return prefix + topic;
    }

    public String deadLetterOf(String topic) {
        return Topics.deadLetter(of(topic));
    }

    /** The logical name of a broker topic, for metric tags that must not depend on the environment. */
    public String logical(String brokerTopic) {
        return brokerTopic.startsWith(prefix) ? brokerTopic.substring(prefix.length()) : brokerTopic;
    }
}
