/* Tiwizi public site: small enhancements. Every page works without this file. */
(function () {
    "use strict";

    /* Quick exit on sensitive pages: the link works on its own; with this script it also
       hides the page at once, replaces it in the history (Back does not return) and answers
       Escape pressed twice. */
    var exit = document.querySelector("[data-quick-exit]");
    if (exit) {
        var leave = function (event) {
            if (event) {
                event.preventDefault();
            }
            document.title = "";
            document.body.textContent = "";
            window.location.replace(exit.href);
        };
        var lastEscape = 0;
        exit.addEventListener("click", leave);
        document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape" && event.key !== "Esc") {
                return;
            }
            var now = Date.now();
            if (now - lastEscape < 1500) {
                leave(event);
            }
            lastEscape = now;
        });
        document.querySelectorAll("[data-quick-exit-hint]").forEach(function (hint) {
            hint.hidden = false;
        });
    }

    /* Videos: nothing comes from the video site until the visitor presses play. The link to
       the video (the page without script) becomes a button that puts the player in its place. */
    document.querySelectorAll("[data-video-embed]").forEach(function (video) {
        var link = video.querySelector("[data-video-link]");
        var screen = video.querySelector("[data-video-screen]");
        if (!link || !screen) {
            return;
        }
        var button = document.createElement("button");
        button.type = "button";
        button.className = link.className;
        button.textContent = video.getAttribute("data-video-play-label");
        link.replaceWith(button);
        button.addEventListener("click", function () {
            var frame = document.createElement("iframe");
            frame.src = video.getAttribute("data-video-embed");
            frame.title = video.getAttribute("data-video-title");
            frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
            frame.allowFullscreen = true;
            /* The player refuses to play without knowing the embedding site; it gets the
               origin only, never the page's address. */
            frame.referrerPolicy = "strict-origin";
            screen.replaceChildren(frame);
            screen.classList.add("video__screen--playing");
            frame.focus();
        });
    });
})();
