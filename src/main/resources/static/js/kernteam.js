/*
 * Kernteam's one script (issue 17), small and without frameworks; every page works without it.
 * - Focus after an action: the first field with an error (marked aria-invalid and tied to its error), else the
 *   element the server named (<main data-focus>), else the page's message ("Opgeslagen.").
 * - Unsaved changes: a form that was typed in warns before the page is left, unless it is being sent.
 * - Drafts: a form with data-draft="<url>" keeps what is typed on the server while typing, and offers it back on
 *   return ("U heeft een concept van ... Terugzetten / Weggooien").
 * Texts come from the page (data-* on <body>), so they follow the user's language.
 */
(function () {
  'use strict';

  var dirty = new Set();
  var timers = new WeakMap();
  var sending = false;

  function text(name) {
    return document.body.getAttribute('data-text-' + name) || '';
  }

  function focusOn(element) {
    if (!element) {
      return false;
    }
    if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) {
      element.setAttribute('tabindex', '-1');
    }
    element.focus();
    return document.activeElement === element;
  }

  /* Every field with an error: aria-invalid, and its error among what describes it. */
  function markInvalid(root) {
    var first = null;
    root.querySelectorAll('.form-field--invalid').forEach(function (field, index) {
      var error = field.querySelector('.form-error');
      if (error && !error.id) {
        error.id = 'form-error-' + index;
      }
      field.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(function (input) {
        input.setAttribute('aria-invalid', 'true');
        if (error) {
          var described = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
          if (described.indexOf(error.id) < 0) {
            described.push(error.id);
            input.setAttribute('aria-describedby', described.join(' '));
          }
        }
        if (!first && !input.disabled) {
          first = input;
        }
      });
    });
    return first;
  }

  function placeFocus(root) {
    var invalid = markInvalid(root);
    if (invalid) {
      focusOn(invalid);
      return;
    }
    var main = document.getElementById('main');
    var named = main && main.getAttribute('data-focus');
    if (named && focusOn(document.getElementById(named))) {
      return;
    }
    if (location.hash.length > 1 && focusOn(document.getElementById(decodeURIComponent(location.hash.substring(1))))) {
      return;
    }
    if (document.querySelector('[autofocus]')) {
      return;
    }
    focusOn(document.querySelector('#main .alert--ok[role=status]'));
  }

  /* ---- unsaved changes ---- */

  function tracked(form) {
    return form && form.method && form.method.toLowerCase() === 'post' && !form.hasAttribute('data-no-unsaved')
      && form.querySelector('textarea, input[type=text], input[type=date], input[type=email], input[type=tel], input[type=radio], select');
  }

  document.addEventListener('input', function (event) {
    var form = event.target.form;
    if (tracked(form)) {
      dirty.add(form);
      scheduleDraft(form);
    }
  });
  document.addEventListener('change', function (event) {
    var form = event.target.form;
    if (tracked(form)) {
      dirty.add(form);
      scheduleDraft(form);
    }
  });
  document.addEventListener('submit', function (event) {
    sending = true;
    dirty.delete(event.target);
    clearTimeout(timers.get(event.target));
  }, true);

  function anyDirty() {
    var left = false;
    dirty.forEach(function (form) {
      if (form.isConnected) {
        left = true;
      }
    });
    return left;
  }

  window.addEventListener('beforeunload', function (event) {
    if (!sending && anyDirty()) {
      event.preventDefault();
      event.returnValue = '';
    }
    sending = false;
  });

  /* A boosted link or another form leaves the page without unloading it: ask first. */
  document.addEventListener('htmx:confirm', function (event) {
    var source = event.detail.elt;
    if (source && source.form && dirty.has(source.form)) {
      return; // a row added or removed within the form being edited
    }
    if (anyDirty() && !window.confirm(text('unsaved'))) {
      event.preventDefault();
    }
  });

  /* ---- drafts ---- */

  function fields(form) {
    var values = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== '_csrf' && typeof value === 'string') {
        values.push([name, value]);
      }
    });
    return values;
  }

  function post(form, url, body) {
    var token = form.querySelector('input[name=_csrf]');
    if (token) {
      body.append('_csrf', token.value);
    }
    return fetch(url, { method: 'POST', body: body, credentials: 'same-origin', keepalive: true });
  }

  function keepDraft(form) {
    var body = new URLSearchParams();
    body.append('item', form.getAttribute('data-draft-item'));
    body.append('content', JSON.stringify(fields(form)));
    post(form, form.getAttribute('data-draft'), body).catch(function () { /* kept at the next change */ });
  }

  function scheduleDraft(form) {
    if (!form.hasAttribute('data-draft')) {
      return;
    }
    clearTimeout(timers.get(form));
    timers.set(form, setTimeout(function () { keepDraft(form); }, 1000));
  }

  function restore(form, values) {
    var seen = {};
    values.forEach(function (pair) {
      var name = pair[0];
      var value = pair[1];
      var all = form.querySelectorAll('[name="' + CSS.escape(name) + '"]');
      all.forEach(function (input) {
        if (input.type === 'radio' || input.type === 'checkbox') {
          if (input.value === value) {
            input.checked = true;
          } else if (input.type === 'radio') {
            input.checked = false;
          }
        } else if (input.type !== 'hidden' && !seen[name]) {
          input.value = value;
        }
      });
      seen[name] = true;
    });
    dirty.add(form);
  }

  function offerDraft(form) {
    if (form.querySelector('.form-field--invalid, .alert--error') || document.getElementById('conflict')) {
      return; // the page shows what was just sent, not what is stored
    }
    var url = form.getAttribute('data-draft') + '?item=' + encodeURIComponent(form.getAttribute('data-draft-item'));
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.status === 200 ? response.json() : null; })
      .then(function (draft) {
        if (!draft || !form.isConnected) {
          return;
        }
        var box = document.createElement('div');
        box.className = 'alert alert--warning draft-offer';
        box.setAttribute('role', 'status');
        box.id = 'draft-offer';
        var message = document.createElement('p');
        message.textContent = text('draft').replace('{0}', draft.savedAtText);
        var buttons = document.createElement('p');
        buttons.className = 'button-row';
        var back = document.createElement('button');
        back.type = 'button';
        back.className = 'button button--primary';
        back.textContent = text('draft-restore');
        var away = document.createElement('button');
        away.type = 'button';
        away.className = 'button button--subtle';
        away.textContent = text('draft-discard');
        buttons.append(back, away);
        box.append(message, buttons);
        form.parentNode.insertBefore(box, form);
        back.addEventListener('click', function () {
          restore(form, JSON.parse(draft.content));
          box.remove();
          var first = form.querySelector('textarea, input:not([type=hidden])');
          focusOn(first);
        });
        away.addEventListener('click', function () {
          var body = new URLSearchParams();
          body.append('item', form.getAttribute('data-draft-item'));
          post(form, form.getAttribute('data-draft') + '/discard', body);
          box.remove();
          focusOn(form.querySelector('textarea, input:not([type=hidden])'));
        });
      })
      .catch(function () { /* no draft offered */ });
  }

  function start(root) {
    placeFocus(root);
    root.querySelectorAll('form[data-draft]').forEach(offerDraft);
  }

  /* A link to a part of the page (the assessment's list of parts) takes the focus there. */
  window.addEventListener('hashchange', function () {
    focusOn(document.getElementById(decodeURIComponent(location.hash.substring(1))));
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { start(document); });
  } else {
    start(document);
  }
  /* A boosted page swaps the body; a swapped section (rows added) is marked, without moving the focus. */
  document.addEventListener('htmx:afterSettle', function (event) {
    if (event.detail.elt === document.body) {
      dirty.clear();
      sending = false;
      start(document);
    } else {
      markInvalid(event.detail.elt);
    }
  });
}());
