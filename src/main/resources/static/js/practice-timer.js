// A gentle countdown for timed practices. The page works without it: the timer stays hidden
// until this script shows it. Words come from the page's data-msg-* attributes; time is kept
// from the clock, not by counting ticks, so a phone that sleeps a background tab stays right.
(function () {
	"use strict";

	function format(seconds) {
		var minutes = Math.floor(seconds / 60);
		var rest = seconds % 60;
		return minutes + ":" + (rest < 10 ? "0" : "") + rest;
	}

	function setUp(box) {
		var total = parseInt(box.getAttribute("data-seconds"), 10) || 60;
		var display = box.querySelector("[data-timer-display]");
		var status = box.querySelector("[data-timer-status]");
		var start = box.querySelector("[data-timer-start]");
		var pause = box.querySelector("[data-timer-pause]");
		var reset = box.querySelector("[data-timer-reset]");
		var minutesField = document.getElementById("duration-minutes");
		var secondsField = document.getElementById("duration-seconds");
		var elapsedBefore = 0;
		var startedAt = null;
		var ticking = null;

		function elapsedMs() {
			return elapsedBefore + (startedAt === null ? 0 : Date.now() - startedAt);
		}

		function elapsedSeconds() {
			return Math.min(total, Math.floor(elapsedMs() / 1000));
		}

		function say(key) {
			// Clearing first makes screen readers announce the same words again.
			status.textContent = "";
			window.setTimeout(function () {
				status.textContent = box.getAttribute("data-msg-" + key) || "";
			}, 50);
		}

		function fillDuration() {
			var seconds = elapsedSeconds();
			if (minutesField && secondsField && seconds > 0) {
				minutesField.value = String(Math.floor(seconds / 60));
				secondsField.value = String(seconds % 60);
			}
		}

		function show() {
			display.textContent = format(total - elapsedSeconds());
		}

		function stop() {
			elapsedBefore = elapsedMs();
			startedAt = null;
			window.clearInterval(ticking);
			ticking = null;
			start.disabled = false;
			pause.disabled = true;
		}

		function tick() {
			show();
			if (elapsedSeconds() >= total) {
				var hadFocus = document.activeElement === pause;
				stop();
				if (hadFocus) {
					start.focus();
				}
				fillDuration();
				box.classList.add("timer-done");
				if (navigator.vibrate) {
					navigator.vibrate(200);
				}
				say("done");
			}
		}

		start.addEventListener("click", function () {
			if (elapsedSeconds() >= total) {
				elapsedBefore = 0;
			}
			box.classList.remove("timer-done");
			startedAt = Date.now();
			ticking = window.setInterval(tick, 250);
			start.disabled = true;
			pause.disabled = false;
			pause.focus();
			show();
			say("started");
		});

		pause.addEventListener("click", function () {
			stop();
			show();
			fillDuration();
			say("paused");
			start.focus();
		});

		reset.addEventListener("click", function () {
			stop();
			elapsedBefore = 0;
			box.classList.remove("timer-done");
			show();
			say("reset");
		});

		show();
		box.hidden = false;
	}

	function init() {
		var boxes = document.querySelectorAll("[data-timer]");
		for (var i = 0; i < boxes.length; i++) {
			setUp(boxes[i]);
		}
	}

	if (document.readyState === "loading") {
		document.addEventListener("DOMContentLoaded", init);
	}
	else {
		init();
	}
}());
