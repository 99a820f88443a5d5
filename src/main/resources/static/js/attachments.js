// Files on the entry form: a drawing made on the page, a voice note recorded on the page, and
// a size check before sending, so nobody waits for an upload the server would refuse. Each of
// these puts its result into the question's ordinary file input; without this script the file
// input alone works. Words come from the page's data-msg-* attributes.
(function () {
	"use strict";

	function putFile(input, blob, name) {
		if (typeof DataTransfer === "undefined") {
			return false;
		}
		var transfer = new DataTransfer();
		transfer.items.add(new File([blob], name, { type: blob.type }));
		input.files = transfer.files;
		input.dispatchEvent(new Event("change", { bubbles: true }));
		return true;
	}

	// The message next to the question, made when the page has none yet.
	function errorFor(input) {
		var id = input.getAttribute("data-error-id");
		var error = document.getElementById(id);
		if (!error) {
			error = document.createElement("p");
			error.id = id;
			error.className = "field-error";
			error.hidden = true;
			input.closest("fieldset").appendChild(error);
		}
		return error;
	}

	function checkSize(input) {
		var limit = parseInt(input.getAttribute("data-max-bytes"), 10);
		var error = errorFor(input);
		var file = input.files && input.files[0];
		if (file && limit && file.size > limit) {
			input.value = "";
			input.setAttribute("aria-invalid", "true");
			input.setAttribute("aria-describedby", error.id);
			error.textContent = input.getAttribute("data-too-large");
			error.hidden = false;
			return;
		}
		if (file) {
			input.removeAttribute("aria-invalid");
			input.removeAttribute("aria-describedby");
			error.hidden = true;
		}
	}

	function setUpDrawing(pad) {
		var input = document.getElementById(pad.getAttribute("data-for"));
		var canvas = pad.querySelector("canvas");
		var status = pad.querySelector("[data-drawing-status]");
		var context = canvas.getContext("2d");
		var drawing = false;

		function blank() {
			context.fillStyle = "#ffffff";
			context.fillRect(0, 0, canvas.width, canvas.height);
		}

		function point(event) {
			var box = canvas.getBoundingClientRect();
			return {
				x: (event.clientX - box.left) * (canvas.width / box.width),
				y: (event.clientY - box.top) * (canvas.height / box.height)
			};
		}

		function keep() {
			canvas.toBlob(function (blob) {
				if (blob && putFile(input, blob, "drawing.png")) {
					status.textContent = pad.getAttribute("data-msg-done");
				}
			}, "image/png");
		}

		blank();
		context.lineWidth = 4;
		context.lineCap = "round";
		context.lineJoin = "round";
		context.strokeStyle = "#1f2937";
		canvas.addEventListener("pointerdown", function (event) {
			drawing = true;
			canvas.setPointerCapture(event.pointerId);
			var at = point(event);
			context.beginPath();
			context.moveTo(at.x, at.y);
			context.lineTo(at.x + 0.1, at.y + 0.1);
			context.stroke();
			event.preventDefault();
		});
		canvas.addEventListener("pointermove", function (event) {
			if (drawing) {
				var at = point(event);
				context.lineTo(at.x, at.y);
				context.stroke();
			}
		});
		function finish() {
			if (drawing) {
				drawing = false;
				keep();
			}
		}
		canvas.addEventListener("pointerup", finish);
		canvas.addEventListener("pointercancel", finish);
		pad.querySelector("[data-drawing-clear]").addEventListener("click", function () {
			blank();
			input.value = "";
			status.textContent = "";
		});
		pad.hidden = false;
	}

	function setUpRecorder(box) {
		var input = document.getElementById(box.getAttribute("data-for"));
		var start = box.querySelector("[data-record-start]");
		var stop = box.querySelector("[data-record-stop]");
		var status = box.querySelector("[data-record-status]");
		var preview = box.querySelector("[data-record-preview]");
		var recorder = null;
		var chunks = [];

		if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof MediaRecorder === "undefined") {
			return;
		}
		start.addEventListener("click", function () {
			navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
				chunks = [];
				recorder = new MediaRecorder(stream);
				recorder.addEventListener("dataavailable", function (event) {
					chunks.push(event.data);
				});
				recorder.addEventListener("stop", function () {
					stream.getTracks().forEach(function (track) { track.stop(); });
					var blob = new Blob(chunks, { type: recorder.mimeType || "audio/webm" });
					var extension = blob.type.indexOf("mp4") >= 0 ? "m4a" : "webm";
					if (putFile(input, blob, "voice-note." + extension)) {
						preview.src = URL.createObjectURL(blob);
						preview.hidden = false;
						status.textContent = box.getAttribute("data-msg-done");
					}
					start.disabled = false;
					stop.disabled = true;
					start.focus();
				});
				recorder.start();
				start.disabled = true;
				stop.disabled = false;
				status.textContent = box.getAttribute("data-msg-recording");
				stop.focus();
			}).catch(function () {
				status.textContent = box.getAttribute("data-msg-unavailable");
			});
		});
		stop.addEventListener("click", function () {
			if (recorder && recorder.state !== "inactive") {
				recorder.stop();
			}
		});
		box.hidden = false;
	}

	document.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
		input.addEventListener("change", function () { checkSize(input); });
	});
	document.querySelectorAll("[data-drawing-pad]").forEach(setUpDrawing);
	document.querySelectorAll("[data-voice-recorder]").forEach(setUpRecorder);
}());
