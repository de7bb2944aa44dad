package th.otop.storefront.home;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import th.otop.devstack.WebAppBasics;

@MicronautTest(transactional = false)
class HomePageIntegrationTest implements WebAppBasics {
    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public HttpClient client() {
        return client;
    }

    @Override
    public String thaiHeading() {
        return "ผลิตภัณฑ์ชุมชนจากทุกตำบล";
    }

    @Override
    public String englishHeading() {
        return "Community products from every tambon";
    }
}
