package th.otop.sellerportal.home;

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
        return "ขายผลิตภัณฑ์ของชุมชนคุณ";
    }

    @Override
    public String englishHeading() {
        return "Sell the products of your community";
    }
}
