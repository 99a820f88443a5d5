package org.bridgework.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The questionnaires Bridgework offers, read once from their resource files.
 */
@Component
class Instruments {

	static final List<String> KEYS = List.of("PHQ-9", "GAD-7", "PHQ-2", "GAD-2", "PCL-5");

	private final Map<String, Instrument> byKey = new LinkedHashMap<>();

	Instruments(JsonMapper json) {
		for (String key : KEYS) {
			try (InputStream in = new ClassPathResource("measures/" + key.toLowerCase(Locale.ROOT) + ".json")
				.getInputStream()) {
				Instrument instrument = json.readValue(in, Instrument.class);
				if (!key.equals(instrument.key())) {
					throw new IllegalStateException(
							"measures/" + key.toLowerCase(Locale.ROOT) + ".json names " + instrument.key());
				}
				this.byKey.put(key, instrument);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	Optional<Instrument> find(String key) {
		return Optional.ofNullable((key == null) ? null : this.byKey.get(key.toUpperCase(Locale.ROOT)));
	}

	List<Instrument> all() {
		return List.copyOf(this.byKey.values());
	}

}
