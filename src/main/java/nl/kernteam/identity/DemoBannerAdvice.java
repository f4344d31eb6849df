package nl.kernteam.identity;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page of an installation with demo accounts says so (the layout shows a banner for {@code demoMode}). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class DemoBannerAdvice {

	private final DemoLogins demo;

	DemoBannerAdvice(DemoLogins demo) {
		this.demo = demo;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demo.demoAccountsExist();
	}
}
