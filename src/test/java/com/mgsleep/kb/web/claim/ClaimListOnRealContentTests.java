package com.mgsleep.kb.web.claim;

import java.util.ArrayList;
import java.util.List;

import com.mgsleep.kb.SiteOverRealContent;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimOrder;
import com.mgsleep.kb.claim.ClaimRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim list sorted and paged by the database lists the claims in the order a sort in
 * memory of every matching claim gives, filtered or not.
 */
@SiteOverRealContent
class ClaimListOnRealContentTests {

	@Autowired
	private ClaimRepository claims;

	@Test
	void pageWhenEveryOrderAndFilterThenSameClaimsAsSortingAllInMemory() {
		for (ClaimOrder order : ClaimOrder.values()) {
			for (ClaimFilter filter : List.of(new ClaimFilter(null, null, null, null, null, order.getSlug()),
					new ClaimFilter(null, null, "limited", null, null, order.getSlug()),
					new ClaimFilter("falling-asleep", null, null, null, null, order.getSlug()),
					new ClaimFilter(null, "glycinate", null, null, null, order.getSlug()))) {
				List<String> expected = filter.apply(this.claims, null).stream().map(Claim::getId).toList();
				assertThat(pagedIds(filter)).as(filter.toString()).isNotEmpty().isEqualTo(expected);
			}
		}
	}

	private List<String> pagedIds(ClaimFilter filter) {
		List<String> ids = new ArrayList<>();
		Page<String> page;
		int number = 0;
		do {
			page = filter.page(this.claims, number++, ClaimListPage.SIZE);
			ids.addAll(page.getContent());
		}
		while (page.hasNext());
		return ids;
	}

}
