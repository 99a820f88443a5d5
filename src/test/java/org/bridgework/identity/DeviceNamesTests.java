package org.bridgework.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceNamesTests {

	@Test
	void namesCommonBrowsersAndSystemsInAFewWords() {
		assertThat(DeviceNames.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"))
			.isEqualTo("Safari on iPhone");
		assertThat(DeviceNames.describe("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
				+ "(KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"))
			.isEqualTo("Chrome on Android");
		assertThat(DeviceNames.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
				+ "(KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0"))
			.isEqualTo("Edge on Windows");
		assertThat(DeviceNames
			.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 " + "Firefox/127.0"))
			.isEqualTo("Firefox on Mac");
	}

	@Test
	void saysNothingForWhatItDoesNotKnow() {
		assertThat(DeviceNames.describe("Java-http-client/17.0.12")).isNull();
		assertThat(DeviceNames.describe(null)).isNull();
		assertThat(DeviceNames.describe(" ")).isNull();
	}

}
