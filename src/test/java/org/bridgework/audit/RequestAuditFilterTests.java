package org.bridgework.audit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RequestAuditFilterTests {

	@Test
	void requestId_keepsASaneIncomingOne() {
		assertThat(RequestAuditFilter.requestId("proxy-7f3a.42:1")).isEqualTo("proxy-7f3a.42:1");
	}

	@Test
	void requestId_replacesAMissingLongOrOddOne() {
		assertThat(RequestAuditFilter.requestId(null)).matches("[0-9a-f-]{36}");
		assertThat(RequestAuditFilter.requestId("x".repeat(65))).matches("[0-9a-f-]{36}");
		assertThat(RequestAuditFilter.requestId("id\r\nSet-Cookie: x=1")).matches("[0-9a-f-]{36}");
		assertThat(RequestAuditFilter.requestId("<script>")).matches("[0-9a-f-]{36}");
		assertThat(RequestAuditFilter.requestId("")).matches("[0-9a-f-]{36}");
	}

	@Test
	void path_leavesOutInvitationTokensAndTheQuery() {
		assertThat(RequestAuditFilter.path(request("/invite/s3cr3t-token"))).isEqualTo("/invite/{token}");
		assertThat(RequestAuditFilter.path(request("/api/v1/invitations/s3cr3t-token")))
			.isEqualTo("/api/v1/invitations/{token}");
		assertThat(RequestAuditFilter.path(request("/clients/1234/assignments")))
			.isEqualTo("/clients/1234/assignments");
	}

	@Test
	void path_isCutShortWhenVeryLong() {
		assertThat(RequestAuditFilter.path(request("/" + "a".repeat(2000)))).hasSize(500);
	}

	private static MockHttpServletRequest request(String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.setQueryString("from=2026-01-01");
		return request;
	}

}
