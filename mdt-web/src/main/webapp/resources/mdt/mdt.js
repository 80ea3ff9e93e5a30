/*
 * Tells MDT the browser's time zone, so that pages show times in it: the cookie mdt-tz holds
 * its IANA name (Europe/Berlin). Pages read it on the next request; without it they show UTC.
 */
(function () {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) {
        return;
    }
    var cookie = "mdt-tz=" + encodeURIComponent(zone);
    if (document.cookie.split("; ").indexOf(cookie) < 0) {
        document.cookie = cookie + "; path=/; max-age=31536000; SameSite=Lax"
            + (location.protocol === "https:" ? "; Secure" : "");
    }
})();
