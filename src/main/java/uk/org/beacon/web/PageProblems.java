package uk.org.beacon.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Friendly pages for not found, not allowed and restricted records. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("message", e.getMessage());
        return "web/not-found";
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    String denied(RuntimeException e, HttpServletResponse response) {
        response.setStatus(403);
        return "web/forbidden";
    }

    @ExceptionHandler(RestrictedRecordException.class)
    String restricted(RestrictedRecordException e) {
        return "redirect:/people/" + e.personId() + "/restricted";
    }
}
