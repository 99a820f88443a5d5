package org.bridgework.reminders;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The message encryption against RFC 8291's own example (Appendix A): the same keys, salt
 * and words give the same bytes. The whole path, with fresh keys and a push service that
 * decrypts, is in {@link WebPushIntegrationTests}.
 */
class WebPushCryptoTests {

	@Test
	void rfc8291AppendixA_encryptsToTheSameBody() {
		KeyPair server = new KeyPair(
				WebPushCrypto.publicKey(WebPushCrypto.fromBase64Url(
						"BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8")),
				WebPushCrypto.privateKey(WebPushCrypto.fromBase64Url("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw")));

		byte[] body = WebPushCrypto.encrypt(
				"When I grow up, I want to be a watermelon".getBytes(StandardCharsets.UTF_8),
				WebPushCrypto.fromBase64Url(
						"BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4"),
				WebPushCrypto.fromBase64Url("BTBZMqHH6r4Tts7J_aSIgg"), server,
				WebPushCrypto.fromBase64Url("DGv6ra1nlYgDCS1FRnbzlw"));

		assertThat(WebPushCrypto.base64Url(body)).isEqualTo("DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBt"
				+ "kgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWy"
				+ "ouBWLVWGNWQexSgSxsj_Qulcy4a-fN");
	}

	@Test
	void aPublicKeyThatIsNotAPointOnP256_isRefused() {
		byte[] offCurve = new byte[65];
		offCurve[0] = 4;
		offCurve[64] = 1;
		assertThatThrownBy(() -> WebPushCrypto.publicKey(offCurve)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> WebPushCrypto.publicKey(new byte[33])).isInstanceOf(IllegalArgumentException.class);
	}

}
