package uk.org.beacon.timescales;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.beacon.calendar.BankHoliday;

/** Bank holidays in England and Wales over JSON: list a year's, and (administrators) add a one-off holiday. */
@RestController
@RequestMapping("/api/v1/bank-holidays")
@Tag(name = "Bank holidays", description = "The England and Wales bank holidays that working-day timescales skip")
class BankHolidaysApi {

    private final BankHolidays bankHolidays;
    private final Clock clock;

    BankHolidaysApi(BankHolidays bankHolidays, Clock clock) {
        this.bankHolidays = bankHolidays;
        this.clock = clock;
    }

    record NewBankHoliday(LocalDate date, String title) {}

    @Operation(summary = "The bank holidays in a year (default this year)")
    @GetMapping
    List<BankHoliday> inYear(@RequestParam(required = false) Integer year) {
        return bankHolidays.inYear(year != null ? year : clock.instant().atZone(clock.getZone()).getYear());
    }

    @Operation(summary = "Add a one-off bank holiday (administrators; audited). Weekends and days already held are refused")
    @PostMapping
    ResponseEntity<BankHoliday> add(@RequestBody NewBankHoliday holiday) {
        return ResponseEntity.status(HttpStatus.CREATED).body(bankHolidays.addHoliday(holiday.date(), holiday.title()));
    }
}
