// Small enhancements; every page works without them.
(function () {
	'use strict';

	// Citation previews: hovering or focusing an inline marker such as [2] shows the reference it
	// points to, taken from the article's own reference list. The preview stays open while the
	// pointer is over it and closes on Escape (WCAG 1.4.13). Without JavaScript the marker is a
	// plain link to the citation page, so nothing is lost.
	var HIDE_DELAY_MS = 300;
	var hideTimer = null;

	function referenceFor(marker) {
		var key = marker.getAttribute('href').replace('/citations/', '');
		var item = document.getElementById('ref-' + key);
		var text = item && item.querySelector('.reference-text');
		return text ? text.textContent : null;
	}

	function cancelHide() {
		if (hideTimer !== null) {
			clearTimeout(hideTimer);
			hideTimer = null;
		}
	}

	function hideSoon() {
		cancelHide();
		hideTimer = setTimeout(hideAll, HIDE_DELAY_MS);
	}

	function show(marker) {
		cancelHide();
		var text = referenceFor(marker);
		if (!text || marker.getAttribute('aria-describedby')) {
			return;
		}
		hideAll();
		var tip = document.createElement('span');
		tip.className = 'cite-preview';
		tip.setAttribute('role', 'tooltip');
		tip.id = 'preview-' + marker.id;
		tip.textContent = text;
		tip.addEventListener('mouseenter', cancelHide);
		tip.addEventListener('mouseleave', hideSoon);
		marker.setAttribute('aria-describedby', tip.id);
		marker.insertAdjacentElement('afterend', tip);
	}

	function hideAll() {
		cancelHide();
		document.querySelectorAll('.cite-preview').forEach(function (tip) {
			tip.remove();
		});
		document.querySelectorAll('a.cite-ref[aria-describedby]').forEach(function (marker) {
			marker.removeAttribute('aria-describedby');
		});
	}

	function previews() {
		document.querySelectorAll('a.cite-ref').forEach(function (marker) {
			marker.addEventListener('mouseenter', function () { show(marker); });
			marker.addEventListener('focus', function () { show(marker); });
			marker.addEventListener('mouseleave', hideSoon);
			marker.addEventListener('blur', hideAll);
		});
		document.addEventListener('keydown', function (event) {
			if (event.key === 'Escape') {
				hideAll();
			}
		});
	}

	// "Copy" buttons beside each formatted reference; the text copied is what the reader sees.
	function copyButtons() {
		var copyable = document.querySelectorAll('.copyable');
		if (copyable.length === 0 || !navigator.clipboard) {
			return;
		}
		var status = document.createElement('p');
		status.className = 'visually-hidden';
		status.setAttribute('role', 'status');
		document.querySelector('main').appendChild(status);
		copyable.forEach(function (element) {
			var name = element.getAttribute('data-copy-name');
			var text = element.textContent.trim();
			var button = document.createElement('button');
			button.type = 'button';
			button.className = 'copy-button';
			button.textContent = 'Copy';
			button.setAttribute('aria-label', 'Copy the ' + name);
			button.addEventListener('click', function () {
				navigator.clipboard.writeText(text).then(function () {
					button.textContent = 'Copied';
					status.textContent = 'The ' + name + ' was copied.';
					setTimeout(function () { button.textContent = 'Copy'; }, 2000);
				}, function () {
					status.textContent = 'Copying was not allowed; select the text instead.';
				});
			});
			// a description list may hold only its terms and descriptions, so the button goes inside
			if (element.tagName === 'DD') {
				element.appendChild(document.createTextNode(' '));
				element.appendChild(button);
			}
			else {
				element.insertAdjacentElement('afterend', button);
			}
		});
	}

	// The table of contents marks the section being read.
	function contentsTracking() {
		var links = document.querySelectorAll('.toc a[href^="#"]');
		if (links.length === 0 || !('IntersectionObserver' in window)) {
			return;
		}
		var byId = {};
		links.forEach(function (link) { byId[link.getAttribute('href').slice(1)] = link; });
		var observer = new IntersectionObserver(function (entries) {
			entries.forEach(function (entry) {
				if (entry.isIntersecting && byId[entry.target.id]) {
					links.forEach(function (link) { link.removeAttribute('aria-current'); });
					byId[entry.target.id].setAttribute('aria-current', 'true');
				}
			});
		}, { rootMargin: '0px 0px -70% 0px' });
		Object.keys(byId).forEach(function (id) {
			var heading = document.getElementById(id);
			if (heading) {
				observer.observe(heading);
			}
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		previews();
		copyButtons();
		contentsTracking();
	});
}());
