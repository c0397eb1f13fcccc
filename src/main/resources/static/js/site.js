// Citation previews: hovering or focusing an inline marker such as [2] shows the reference it
// points to, taken from the article's own reference list. Without JavaScript the marker is a
// plain link to the citation page, so nothing is lost.
(function () {
	'use strict';

	function referenceFor(marker) {
		var key = marker.getAttribute('href').replace('/citations/', '');
		var item = document.getElementById('ref-' + key);
		var text = item && item.querySelector('.reference-text');
		return text ? text.textContent : null;
	}

	function show(marker) {
		var text = referenceFor(marker);
		if (!text) {
			return;
		}
		hideAll();
		var tip = document.createElement('span');
		tip.className = 'cite-preview';
		tip.setAttribute('role', 'tooltip');
		tip.id = 'preview-' + marker.id;
		tip.textContent = text;
		marker.setAttribute('aria-describedby', tip.id);
		marker.insertAdjacentElement('afterend', tip);
	}

	function hideAll() {
		document.querySelectorAll('.cite-preview').forEach(function (tip) {
			tip.remove();
		});
		document.querySelectorAll('a.cite-ref[aria-describedby]').forEach(function (marker) {
			marker.removeAttribute('aria-describedby');
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('a.cite-ref').forEach(function (marker) {
			marker.addEventListener('mouseenter', function () { show(marker); });
			marker.addEventListener('focus', function () { show(marker); });
			marker.addEventListener('mouseleave', hideAll);
			marker.addEventListener('blur', hideAll);
		});
		document.addEventListener('keydown', function (event) {
			if (event.key === 'Escape') {
				hideAll();
			}
		});
	});
}());
