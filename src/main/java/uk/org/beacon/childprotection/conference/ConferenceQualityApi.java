package uk.org.beacon.childprotection.conference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The conference quality figures over JSON, for any period. */
@RestController
@RequestMapping("/api/v1/child-protection/conference-quality")
@Tag(name = "Child protection conferences")
class ConferenceQualityApi {

    private final ConferenceQuality quality;

    ConferenceQualityApi(ConferenceQuality quality) {
        this.quality = quality;
    }

    @Operation(summary = "Mean chair's QA scores by social work team for conferences held from..to (inclusive), then all teams")
    @GetMapping("/by-team")
    List<QualityAggregate> byTeam(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return quality.byTeam(from, to);
    }

    @Operation(summary = "Each agency's attendance, reports received before the conference and shared with parents in advance (local setting L2)")
    @GetMapping("/by-agency")
    List<AgencyContribution> byAgency(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return quality.byAgency(from, to);
    }
}
