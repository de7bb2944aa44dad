package th.otop.devstack;

import java.time.Duration;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/** MySQL 8.4 and Elasticsearch 8.19 (with the Thai plugin) in containers, for machines with a Docker engine. */
final class DockerServices {
    private DockerServices() {}

    static boolean available() {
        // asking Testcontainers without any sign of Docker only logs a page of errors
        boolean hinted = System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
        if (!hinted) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static ServiceEndpoints start() {
        MySQLContainer<?> mysql = new MySQLContainer<>(DockerImageName.parse("mysql:8.4"))
                .withDatabaseName("otop")
                .withUsername("root")
                .withPassword("otop")
                .withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_520_ci");
        String version = DevStackFiles.elasticsearchVersion();
        var image = new ImageFromDockerfile("otop-elasticsearch-thai", false)
                .withFileFromPath("thai-analysis.zip", DevStackFiles.thaiPluginZip())
                .withDockerfileFromBuilder(dockerfile -> dockerfile
                        .from("docker.elastic.co/elasticsearch/elasticsearch:" + version)
                        .copy("thai-analysis.zip", "/tmp/thai-analysis.zip")
                        .run("bin/elasticsearch-plugin install --batch file:///tmp/thai-analysis.zip")
                        .build());
        ElasticsearchContainer elasticsearch = new ElasticsearchContainer(DockerImageName.parse(image.get())
                        .asCompatibleSubstituteFor("docker.elastic.co/elasticsearch/elasticsearch"))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .waitingFor(Wait.forHttp("/_cluster/health").withStartupTimeout(Duration.ofMinutes(3)));
        mysql.start();
        elasticsearch.start();
        // Testcontainers' Ryuk removes both containers when this JVM exits
        return new ServiceEndpoints(
                mysql.getJdbcUrl() + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true",
                "root",
                "otop",
                "http://" + elasticsearch.getHttpHostAddress(),
                "");
    }
}
