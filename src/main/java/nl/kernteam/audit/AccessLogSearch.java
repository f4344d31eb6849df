package nl.kernteam.audit;

import java.util.List;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy officer searches the whole access log and exports what they found. Both are
 * logged themselves: a search as one {@code SEARCH} row, an export as one {@code EXPORT}
 * row, each naming the filter in its resource.
 */
@Service
@Transactional
class AccessLogSearch {

	/** The most rows one export holds; narrow the filter for more. */
	static final int MAX_EXPORT = 50_000;

	private final AccessLogSearchQueries queries;

	private final AccessLog accessLog;

	private final RoleAccess roles;

	AccessLogSearch(AccessLogSearchQueries queries, AccessLog accessLog, RoleAccess roles) {
		this.queries = queries;
		this.accessLog = accessLog;
		this.roles = roles;
	}

	/** One page of rows, and whether an older page follows. */
	record Page(List<AccessLogSearchQueries.Found> rows, int page, boolean hasNext) {
	}

	Page search(Actor actor, AccessLogFilter filter, int page, int size) {
		roles.require(actor, "audit.privacyOfficerOnly", Role.PRIVACY_OFFICER);
		int safePage = Math.max(0, Math.min(page, 10_000));
		var rows = queries.search(filter, safePage * size, size + 1);
		log(actor, AccessAction.SEARCH, filter);
		return new Page(rows.stream().limit(size).toList(), safePage, rows.size() > size);
	}

	List<AccessLogSearchQueries.Found> export(Actor actor, AccessLogFilter filter) {
		roles.require(actor, "audit.privacyOfficerOnly", Role.PRIVACY_OFFICER);
		var rows = queries.search(filter, 0, MAX_EXPORT);
		log(actor, AccessAction.EXPORT, filter);
		return rows;
	}

	private void log(Actor actor, AccessAction action, AccessLogFilter filter) {
		String resource = "access-log:" + filter.from() + ".." + filter.to()
				+ (filter.professional() == null ? "" : ";professional=" + filter.professional().replace(',', ' '))
				+ (filter.action() == null ? "" : ";action=" + filter.action())
				+ (filter.emergency() == null ? "" : ";emergency=" + filter.emergency());
		accessLog.record(AccessEvent.granted(actor, null, action, resource, false).because("PRIVACY_OFFICER"));
	}

}
