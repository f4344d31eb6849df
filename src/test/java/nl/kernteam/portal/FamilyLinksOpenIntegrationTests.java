package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.PageCrawl;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The family's own pages offer only what each member may do ({@link PageCrawl}): a parent
 * and young people of 12, 14 and 17, with an item kept from one of them, follow every
 * link and send every form of their pages, empty and with values no field would send.
 */
@IntegrationTest
class FamilyLinksOpenIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Withholdings withholdings;

	@Autowired
	ApplicationContext context;

	@Test
	void everyLinkAndFormOfTheFamilysPagesIsOneTheMemberMayUse() throws Exception {
		var family = new SightFamily(context, mvc);
		family.withholdTheWorryFromNoor(withholdings);
		String assessment = "kind=ASSESSMENT&id=" + family.assessment;
		var pages = List.of("/family", "/family/assessments/" + family.assessment, "/family/plan", "/family/sharing",
				"/family/access-log", "/family/court-orders", "/family/messages", "/family/objections",
				"/family/rights", "/family/views/new?" + assessment, "/family/heard/new?" + assessment);
		var crawl = new PageCrawl(mvc);
		int followed = 0;
		int sent = 0;
		for (String name : List.of("Moeder", "Lisa", "Noor", "Sem")) {
			var member = family.account(data, name);
			followed += crawl.follow(name, pages, member.session());
			sent += crawl.send(name, pages, member.session());
		}
		assertThat(crawl.failures).as("links and forms that fail the member the page shows them to").isEmpty();
		assertThat(followed).isGreaterThan(40);
		assertThat(sent).isGreaterThan(10);
	}

}
