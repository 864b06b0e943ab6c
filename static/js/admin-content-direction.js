/*
 * Content fields follow the direction of the text typed into them, not that of the admin's
 * language: Arabic typed in a French admin reads right to left.
 *
 * Loaded in the page and snippet editors and wagtail-localize's translation editor
 * (home/wagtail_hooks.py). Every text field gets dir="auto". When the content being edited is in
 * a right-to-left language (data-rtl-languages on this script tag), its content fields are set
 * right to left with its lang, empty or not; technical fields (slug, dates) keep dir="auto".
 * Fields added later (StreamField blocks, translation segments) are handled as they appear.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var rtlLanguages = ((script && script.getAttribute("data-rtl-languages")) || "ar")
    .split(/\s+/)
    .filter(Boolean);

  var TEXT_FIELDS =
    'input[type="text"], input:not([type]), textarea, .DraftEditor-root, [contenteditable="true"], ' +
    // wagtail-localize shows each saved translation in the block after its source paragraph.
    ".js-translation-editor li > p + div";
  // Slugs, Wagtail's date and time pickers (text inputs with autocomplete off), and anything
  // Wagtail itself keeps left to right.
  var TECHNICAL_FIELDS =
    '[name$="slug"], [data-controller~="w-slug"], input[autocomplete="off"], [dir="ltr"]';

  function readJSON(text) {
    try {
      return JSON.parse(text);
    } catch (error) {
      return null;
    }
  }

  // The language of the content being edited: the translation editor's target locale, or the
  // locale Wagtail's editor names in its configuration.
  function contentLanguage() {
    var translationEditor = document.querySelector(".js-translation-editor[data-props]");
    if (translationEditor) {
      var props = readJSON(translationEditor.getAttribute("data-props"));
      if (props && props.locale) {
        return props.locale.code;
      }
    }
    var config = document.getElementById("wagtail-config");
    var settings = config && readJSON(config.textContent);
    return (settings && settings.ACTIVE_CONTENT_LOCALE) || null;
  }

  var language = contentLanguage();
  var rightToLeft = language !== null && rtlLanguages.indexOf(language.split("-")[0]) !== -1;

  function isInEditor(element) {
    // The editor's forms and the translation editor; not the admin's search box or menus.
    return element.closest("form[data-edit-form], .js-translation-editor") !== null;
  }

  function orient(element) {
    if (!isInEditor(element)) {
      return;
    }
    if (rightToLeft && !element.matches(TECHNICAL_FIELDS)) {
      element.setAttribute("dir", "rtl");
      element.setAttribute("lang", language);
    } else if (!element.hasAttribute("dir")) {
      element.setAttribute("dir", "auto");
    }
  }

  function orientWithin(root) {
    if (root.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    if (root.matches(TEXT_FIELDS)) {
      orient(root);
    }
    root.querySelectorAll(TEXT_FIELDS).forEach(orient);
  }

  function start() {
    orientWithin(document.body);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        mutation.addedNodes.forEach(orientWithin);
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
