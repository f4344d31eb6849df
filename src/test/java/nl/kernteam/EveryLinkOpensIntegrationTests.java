package nl.kernteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.kernteam.support.EveryPage;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.PageCrawl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A page offers only what its reader may do ({@link PageCrawl}), on every page of
 * {@link EveryPage}, by each account that sees it: the household page offered experts a
 * case review, the closed files their last contact person, and the legal track its steps
 * to the core team, which the decision refuses them all; and five forms failed (500) when
 * sent with a value no field would send. The family's accounts of every age:
 * {@code FamilyLinksOpenIntegrationTests}.
 */
@IntegrationTest
class EveryLinkOpensIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EveryPage everyPage;

	@AfterEach
	void endWebhooks() {
		everyPage.endWebhooks();
	}

	@Test
	void everyLinkOnEveryPageOpensForWhoeverSeesIt() throws Exception {
		var crawl = new PageCrawl(mvc);
		int followed = everyAccount(crawl::follow);
		assertThat(crawl.failures).as("links that do not open for whoever the page shows them to").isEmpty();
		// the crawl followed something: the pages link to each other
		assertThat(followed).isGreaterThan(100);
	}

	@Test
	void everyFormOnEveryPageIsOneItsReaderMaySend() throws Exception {
		var crawl = new PageCrawl(mvc);
		int sent = everyAccount(crawl::send);
		assertThat(crawl.failures).as("forms that are refused to whoever the page shows them to").isEmpty();
		assertThat(sent).isGreaterThan(30);
	}

	/** What is done with the pages of one account. */
	private interface Visit {

		int pages(String who, List<String> paths, RequestPostProcessor as) throws Exception;

	}

	private int everyAccount(Visit visit) throws Exception {
		var pages = everyPage.create();
		var visits = new ArrayList<EveryPage.Visit>(pages.visits());
		visits.addAll(pages.more());
		int tried = 0;
		for (var account : visits) {
			tried += visit.pages(account.username(), account.paths(), account.who().session());
		}
		return tried + visit.pages("family member", pages.family(), pages.member().session());
	}

}
