// Storefront header menus are <details> elements, so they work without JavaScript. This only closes an open
// one when the shopper clicks elsewhere or presses Escape, as people expect from a menu.
(() => {
    const openMenus = () => document.querySelectorAll("details[data-menu][open]");

    document.addEventListener("click", event => {
        for (const menu of openMenus()) {
            if (!menu.contains(event.target)) menu.open = false;
        }
    });

    document.addEventListener("keydown", event => {
        if (event.key !== "Escape") return;
        for (const menu of openMenus()) {
            menu.open = false;
            menu.querySelector("summary")?.focus();
        }
    });
})();
