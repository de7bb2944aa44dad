package th.otop.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServiceEndpointsTest {
    @Test
    void swapsTheDatabaseAndKeepsTheOptions() {
        var endpoints = new ServiceEndpoints("jdbc:mysql://db:3306/otop?useSSL=true", "u", "p", "http://es:9200", "");
        assertEquals("jdbc:mysql://db:3306/t_x?useSSL=true&createDatabaseIfNotExist=true", endpoints.jdbcUrlFor("t_x"));
    }

    @Test
    void addsTheDatabaseWhenTheUrlHasNone() {
        var endpoints = new ServiceEndpoints("jdbc:mysql://db:3306", "u", "p", "http://es:9200", "");
        assertEquals("jdbc:mysql://db:3306/t_y?createDatabaseIfNotExist=true", endpoints.jdbcUrlFor("t_y"));
    }
}
