/*
 * A paper proposal's texts are typed in the group's language: their boxes follow the language
 * chosen for the proposal in the same form (Arabic right to left, with its lang), whatever the
 * admin's own language.
 *
 * The server already sets dir and lang on them for the language the form opens with, so the
 * form works without this script (proposals/viewsets.py, PaperProposalForm); this keeps them in
 * step when the officer changes the language before saving. Loaded by that form's media.
 */
(function () {
  "use strict";

  function start() {
    document.querySelectorAll("select[data-rtl-languages]").forEach(watch);
  }

  function watch(select) {
    var rtlLanguages = select.getAttribute("data-rtl-languages").split(/\s+/).filter(Boolean);

    function follow() {
      var language = select.value;
      if (!language || !select.form) {
        return;
      }
      var direction = rtlLanguages.indexOf(language.split("-")[0]) !== -1 ? "rtl" : "ltr";
      select.form.querySelectorAll("[data-follows-language]").forEach(function (field) {
        field.setAttribute("lang", language);
        field.setAttribute("dir", direction);
      });
    }

    select.addEventListener("change", follow);
    // A browser that restores the form (back button) may restore another language than the
    // one the server rendered the boxes for.
    follow();
  }

  // Wagtail loads form media in the page's head, before the form exists.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
