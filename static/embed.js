// Hearken embed: <script src="https://hearken.example/embed.js" data-hearken-survey="https://hearken.example/s/abc" async></script>
// inserts the survey's iframe where the script tag is. The organisation must allow the page's
// origin (Settings → Organisation → Embedding), or the browser refuses to show the frame.
(function () {
	var scripts = document.querySelectorAll('script[data-hearken-survey]');
	for (var i = 0; i < scripts.length; i++) {
		var script = scripts[i];
		if (script.getAttribute('data-hearken-done')) continue;
		var src = script.getAttribute('data-hearken-survey');
		if (!/^https?:\/\/[^/]+\/s\/[a-z2-7]+(\?[^"<>]*)?$/.test(src || '')) continue;
		var frame = document.createElement('iframe');
		frame.src = src;
		frame.title = script.getAttribute('data-title') || 'Survey';
		frame.loading = 'lazy';
		frame.style.cssText = 'width:100%;height:640px;border:0';
		script.setAttribute('data-hearken-done', '1');
		script.parentNode.insertBefore(frame, script.nextSibling);
	}
})();
