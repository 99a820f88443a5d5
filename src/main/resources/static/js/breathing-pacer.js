// A visual breathing guide: a circle that grows while breathing in and shrinks while
// breathing out, with the words ("Breathe in", "Hold", "Breathe out") beside it. No sound
// file. The page works without it: the guide stays hidden until this script shows it.
// Seconds and words come from the page's data-* attributes. The status line (a polite live
// region) speaks only when the guide starts or stops, so a screen reader is not interrupted
// every few seconds; the visible cue can still be read at any time.
(function () {
	"use strict";

	function seconds(box, name, fallback) {
		var value = parseInt(box.getAttribute("data-" + name), 10);
		return isNaN(value) ? fallback : value;
	}

	function setUp(box) {
		var inhale = seconds(box, "inhale", 4);
		var hold = seconds(box, "hold", 0);
		var exhale = seconds(box, "exhale", 6);
		var cue = box.querySelector("[data-pacer-cue]");
		var status = box.querySelector("[data-pacer-status]");
		var start = box.querySelector("[data-pacer-start]");
		var stop = box.querySelector("[data-pacer-stop]");
		var next = null;

		// Custom properties through the CSS object model: allowed by the page's
		// Content-Security-Policy, unlike a style attribute.
		box.style.setProperty("--pacer-inhale", inhale + "s");
		box.style.setProperty("--pacer-hold", hold + "s");
		box.style.setProperty("--pacer-exhale", exhale + "s");

		function msg(key) {
			return box.getAttribute("data-msg-" + key) || "";
		}

		function say(key) {
			// Clearing first makes screen readers announce the same words again.
			status.textContent = "";
			window.setTimeout(function () {
				status.textContent = msg(key);
			}, 50);
		}

		function phase(name, cueKey, length, then) {
			box.classList.remove("pacer-in", "pacer-hold", "pacer-out");
			box.classList.add("pacer-" + name);
			box.setAttribute("data-pacer-phase", name);
			cue.textContent = msg(cueKey);
			next = window.setTimeout(then, length * 1000);
		}

		function breatheIn() {
			phase("in", "in", inhale, hold > 0 ? holdBreath : breatheOut);
		}

		function holdBreath() {
			phase("hold", "hold", hold, breatheOut);
		}

		function breatheOut() {
			phase("out", "out", exhale, breatheIn);
		}

		function halt() {
			window.clearTimeout(next);
			next = null;
			box.classList.remove("pacer-in", "pacer-hold", "pacer-out");
			box.removeAttribute("data-pacer-phase");
			cue.textContent = msg("ready");
			start.disabled = false;
			stop.disabled = true;
		}

		start.addEventListener("click", function () {
			start.disabled = true;
			stop.disabled = false;
			stop.focus();
			breatheIn();
			say("started");
		});

		stop.addEventListener("click", function () {
			halt();
			start.focus();
			say("stopped");
		});

		box.hidden = false;
	}

	function init() {
		var boxes = document.querySelectorAll("[data-pacer]");
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
