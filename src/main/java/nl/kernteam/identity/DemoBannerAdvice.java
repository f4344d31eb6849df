package nl.kernteam.identity;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.kernteam.shared.web.LayoutAttributes;
import org.springframework.stereotype.Component;

/**
 * Every page of an installation with demo accounts says so (the layout shows a banner for
 * {@code demoMode}).
 */
@Component
class DemoBannerAdvice implements LayoutAttributes {

	private final DemoLogins demo;

	DemoBannerAdvice(DemoLogins demo) {
		this.demo = demo;
	}

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request) {
		model.put("demoMode", demoMode());
		model.put("demoLoginsRefused", demoLoginsRefused());
	}

	boolean demoMode() {
		return demo.demoAccountsExist();
	}

	/**
	 * So that whoever tries a demo account on a server learns why it does not work (the
	 * log says how to change it).
	 */
	boolean demoLoginsRefused() {
		return !demo.allowed() && demo.demoAccountsExist();
	}

}
