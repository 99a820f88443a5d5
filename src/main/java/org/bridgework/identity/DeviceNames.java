package org.bridgework.identity;

/**
 * Names the device a sign-in came from in a few words a person recognises ("Firefox on
 * Android"), from the browser's User-Agent. Only these words are kept, never the whole
 * header. Public for the other places a device is named to its owner (the devices a
 * client gets notifications on).
 */
public final class DeviceNames {

	private DeviceNames() {
	}

	public static String describe(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return null;
		}
		String browser = browser(userAgent);
		String system = system(userAgent);
		if (browser == null && system == null) {
			return null;
		}
		if (browser == null) {
			return system;
		}
		return (system == null) ? browser : browser + " on " + system;
	}

	private static String browser(String agent) {
		if (agent.contains("Edg/")) {
			return "Edge";
		}
		if (agent.contains("Firefox/") || agent.contains("FxiOS/")) {
			return "Firefox";
		}
		if (agent.contains("SamsungBrowser/")) {
			return "Samsung Internet";
		}
		if (agent.contains("Chrome/") || agent.contains("CriOS/") || agent.contains("Chromium/")) {
			return "Chrome";
		}
		if (agent.contains("Safari/")) {
			return "Safari";
		}
		return null;
	}

	private static String system(String agent) {
		if (agent.contains("iPhone")) {
			return "iPhone";
		}
		if (agent.contains("iPad")) {
			return "iPad";
		}
		if (agent.contains("Android")) {
			return "Android";
		}
		if (agent.contains("Windows")) {
			return "Windows";
		}
		if (agent.contains("Mac OS X") || agent.contains("Macintosh")) {
			return "Mac";
		}
		if (agent.contains("CrOS")) {
			return "ChromeOS";
		}
		if (agent.contains("Linux")) {
			return "Linux";
		}
		return null;
	}

}
