// How long the guided recording played, sent with the entry so the clinician can see it was
// used. Counted from the parts of the recording the player actually played, so replaying a
// part counts once and skipping ahead counts nothing.
(function () {
	"use strict";

	var audio = document.querySelector("[data-guided-audio]");
	var field = document.querySelector("[data-listened-seconds]");
	if (!audio || !field) {
		return;
	}

	function playedSeconds() {
		var total = 0;
		for (var i = 0; i < audio.played.length; i++) {
			total += audio.played.end(i) - audio.played.start(i);
		}
		return Math.round(total);
	}

	function keep() {
		var seconds = playedSeconds();
		field.value = seconds > 0 ? String(seconds) : "";
	}

	audio.addEventListener("timeupdate", keep);
	audio.addEventListener("pause", keep);
	field.form.addEventListener("submit", keep);
}());
