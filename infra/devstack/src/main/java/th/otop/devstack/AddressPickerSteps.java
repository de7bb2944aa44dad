package th.otop.devstack;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser tests' steps through the web kit's Thai address picker as a person takes them: a province, then a district
 * once the script has filled that list, then a subdistrict, whose postcode the script fills in.
 */
public final class AddressPickerSteps {
    private AddressPickerSteps() {}

    public static void pick(WebDriver driver, int provinceId, String district, String subdistrict) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        new Select(driver.findElement(By.id("provinceId"))).selectByValue(String.valueOf(provinceId));
        wait.until(d -> !d.findElements(By.cssSelector("#district option[value='" + district + "']"))
                .isEmpty());
        new Select(driver.findElement(By.id("district"))).selectByValue(district);
        wait.until(d -> !d.findElements(By.cssSelector("#subdistrict option[value='" + subdistrict + "']"))
                .isEmpty());
        new Select(driver.findElement(By.id("subdistrict"))).selectByValue(subdistrict);
    }
}
