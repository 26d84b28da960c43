package gov.enterprise.simulator.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a figure is meaningless without: the machine (cores, memory, load when the run started), the operating
 * system, the JDK, and the versions of Spring Boot, Kafka and PostgreSQL the stack runs.
 */
public record MachineFacts(Map<String, String> facts) {

    public static MachineFacts gather(Path repository, String postgresUrl) {
        var facts = new LinkedHashMap<String, String>();
        facts.put("date", Instant.now().toString());
        facts.put("cpu", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        facts.put("memory", String.format(Locale.ROOT, "%.1f GiB", memTotalKb() / 1024.0 / 1024.0));
        facts.put("load average at start", loadAverage());
        facts.put("OS", osRelease() + " (kernel " + System.getProperty("os.version") + ")");
        facts.put("JDK", System.getProperty("java.vm.vendor") + " " + Runtime.version());
        facts.put("services' JIT compilers", serviceCompilers(repository.resolve(".stack")));
        Properties build = buildProperties();
        facts.put("Spring Boot", bootVersion(repository));
        facts.put("Kafka", build.getProperty("kafka.version", "?") + " (broker and clients)");
        facts.put("PostgreSQL", postgresVersion(postgresUrl) + " (embedded binaries "
                + build.getProperty("pg-binaries.version", "?") + ")");
        facts.put("project", build.getProperty("project.version", "?"));
        return new MachineFacts(facts);
    }

    public int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Which JIT compilers the stack's services run with (./stack's STACK_SERVICE_JIT_OPTS), read from intake's. */
    static String serviceCompilers(Path stackDirectory) {
        Long pid = new StackProcesses(stackDirectory).components().get("intake-service");
        if (pid == null) {
            return "? (intake-service not running)";
        }
        try {
            return compilers(Files.readString(Path.of("/proc", pid.toString(), "cmdline")).replace('\0', ' '));
        } catch (IOException e) {
            return "?";
        }
    }

    /** The JIT compilers a JVM started with this command line uses (the last setting of a flag wins). */
    static String compilers(String commandLine) {
        Matcher level = Pattern.compile("-XX:TieredStopAtLevel=(\\d)").matcher(commandLine);
        String stopAt = null;
        while (level.find()) {
            stopAt = level.group(1);
        }
        if (commandLine.lastIndexOf("-XX:-TieredCompilation") > commandLine.lastIndexOf("-XX:+TieredCompilation")) {
            return "C2 alone (-XX:-TieredCompilation)";
        }
        if (stopAt != null && stopAt.compareTo("4") < 0) {
            return "C1 alone (-XX:TieredStopAtLevel=" + stopAt + ")";
        }
        return "C1 and C2";
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException e) {
            // not Linux: the core count alone
        }
        return System.getProperty("os.arch");
    }

    static long memTotalKb() {
        try {
            return StackProcesses.kilobytes(Files.readString(Path.of("/proc/meminfo")), "MemTotal:");
        } catch (IOException e) {
            return Runtime.getRuntime().maxMemory() / 1024;
        }
    }

    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** The 1-minute load average, or -1. */
    public static double currentLoad() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static String osRelease() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "");
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return System.getProperty("os.name");
    }

    static String bootVersion(Path repository) {
        try {
            String pom = Files.readString(repository.resolve("pom.xml"));
            Matcher matcher = Pattern.compile("<artifactId>spring-boot-starter-parent</artifactId>\\s*<version>([^<]+)"
                    + "</version>").matcher(pom);
            if (matcher.find()) {
                return matcher.group(1);
            }
        } catch (IOException e) {
            // fall through
        }
        return "?";
    }

    static String postgresVersion(String url) {
        try (var connection = DriverManager.getConnection(url, "postgres", "");
             var statement = connection.createStatement();
             var result = statement.executeQuery("show server_version")) {
            return result.next() ? result.getString(1) : "?";
        } catch (SQLException e) {
            return "? (not reachable: " + e.getMessage() + ")";
        }
    }

    static Properties buildProperties() {
        var properties = new Properties();
        try (InputStream in = MachineFacts.class.getResourceAsStream("/gov/enterprise/simulator/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // versions unknown
        }
        return properties;
    }
}
