package gov.enterprise.infra;

import java.nio.file.Path;

/** Command-line options of {@link LocalInfra}; every one has the local stack's default. */
record LocalInfraOptions(Path directory, int postgresPort, int kafkaPort, int controllerPort, String database) {

    static final String USAGE = "usage: LocalInfra [--dir .stack] [--pg-port 15432] [--kafka-port 19092]"
            + " [--controller-port 19093] [--database ticketing]";

    static LocalInfraOptions parse(String... args) {
        Path directory = Path.of(".stack");
        int postgresPort = 15432;
        int kafkaPort = 19092;
        int controllerPort = 19093;
        String database = "ticketing";
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + args[i]);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--dir" -> directory = Path.of(value);
                case "--pg-port" -> postgresPort = port(args[i], value);
                case "--kafka-port" -> kafkaPort = port(args[i], value);
                case "--controller-port" -> controllerPort = port(args[i], value);
                case "--database" -> database = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new LocalInfraOptions(directory.toAbsolutePath(), postgresPort, kafkaPort, controllerPort, database);
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a port number, not " + value);
        }
    }
}
