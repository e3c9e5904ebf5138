package uk.org.beacon.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows in its frame: the authority's name and, loudly, whether this is the demo. */
@ControllerAdvice
class PageModelAdvice {

    private final boolean demo;
    private final String authorityName;

    PageModelAdvice(@Value("${beacon.demo.enabled:false}") boolean demo, @Value("${beacon.authority-name:Beacon}") String authorityName) {
        this.demo = demo;
        this.authorityName = authorityName;
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo;
    }

    @ModelAttribute("authorityName")
    String authorityName() {
        return authorityName;
    }
}
