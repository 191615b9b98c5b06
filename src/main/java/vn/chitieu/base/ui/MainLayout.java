package vn.chitieu.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;

/**
 * The frame around every signed-in view: the app's name, navigation built from the views' {@code @Menu}, the user.
 * <p>
 * Plain HTML and CSS ({@code .app-frame} in styles.css), not Vaadin's app layout and side navigation: those are web
 * components with their own shadow DOM, first render and a second round trip to synchronise their properties, and
 * every page paid for them, about 35-55 ms of the browser's work in opening the dashboard (docs/quy-mo-quoc-gia.md).
 * On a wide screen the menu is a column beside the page. On a narrow one (a phone) it is a popover opened by the
 * button in the bar on top: the browser gives it Escape, closing on a click outside and the button's expanded state;
 * one line of script closes it after a navigation.
 */
@Layout
@PermitAll
public final class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** The signed-in person's own page (security feature's ChangePasswordView), by address: base names no feature. */
    static final String OWN_ACCOUNT = "doi-mat-khau";
    /** The menu by the set of authorities it was built for (production only, see {@link #menu}). */
    private static final Map<Set<String>, List<MenuEntry>> MENUS = new ConcurrentHashMap<>();
    private static final String DRAWER_ID = "app-drawer";
    private static final String APP_NAME = "Chỉ tiêu";
    private static final String MENU = "Trình đơn";

    private final Element drawer = new Element("div");
    private final Element content = new Element("main");
    /** The menu's link to each view, in the menu's order: to mark the one shown. */
    private final Map<Class<?>, RouterLink> links = new LinkedHashMap<>();

    MainLayout(AuthenticationContext authentication) {
        addClassName("app-frame");

        // the three lines are Lumo's own icon font, as its drawer toggle drew them (styles.css)
        var toggle = new NativeButton();
        toggle.addClassNames("plain-button", "app-menu-toggle");
        toggle.getElement().setAttribute("popovertarget", DRAWER_ID);
        toggle.getElement().setAttribute("aria-controls", DRAWER_ID);
        toggle.getElement().setAttribute("aria-label", MENU);
        toggle.getElement().setAttribute("title", MENU);
        var barTitle = new Element("span").setText(APP_NAME);
        barTitle.getClassList().add("app-bar-title");
        var bar = new Element("header");
        bar.getClassList().add("app-bar");
        bar.appendChild(toggle.getElement(), barTitle);

        var title = new Span(APP_NAME);
        title.addClassName("app-title");
        var subtitle = new Span("Nghị quyết Đại hội");
        subtitle.addClassName("app-subtitle");
        var brand = new Div(title, subtitle);
        brand.addClassName("app-brand");

        var nav = new Element("nav");
        nav.getClassList().add("app-nav");
        nav.setAttribute("aria-label", "Trình đơn chính");
        for (MenuEntry entry : menu(authentication)) {
            RouterLink link = link(entry);
            links.put(entry.menuClass(), link);
            nav.appendChild(link.getElement());
        }

        drawer.setAttribute("id", DRAWER_ID);
        drawer.setAttribute("popover", "auto");
        drawer.getClassList().add("app-drawer");
        drawer.appendChild(brand.getElement(), nav, userBox(authentication).getElement());

        content.getClassList().add("app-content");
        getElement().appendChild(bar, drawer, content);
    }

    @Override
    public void showRouterLayoutContent(@Nullable HasElement page) {
        if (page != null) {
            content.appendChild(Objects.requireNonNull(page.getElement()));
        }
    }

    /**
     * Marks where the person is: the view shown (by any of its addresses) as the current page; on a page the menu has
     * no link to, the entry whose address is the longest start of this one (a list above its item) as the current
     * section, never two entries at once. The menu closes on a phone, as it did in Vaadin's app layout.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        RouterLink page = event.getActiveChain().stream().map(shown -> links.get(shown.getClass()))
                .filter(Objects::nonNull).findFirst().orElse(null);
        String path = event.getLocation().getPath();
        RouterLink section = page != null ? null : links.values().stream()
                .filter(link -> !link.getHref().isEmpty() && path.startsWith(link.getHref() + "/"))
                .max(Comparator.comparingInt(link -> link.getHref().length())).orElse(null);
        for (RouterLink link : links.values()) {
            String mark = link == page ? "page" : link == section ? "true" : null;
            if (mark == null) {
                link.getElement().removeAttribute("aria-current");
            } else {
                link.getElement().setAttribute("aria-current", mark);
            }
        }
        drawer.executeJs("if (this.matches(':popover-open')) this.hidePopover()");
    }

    /** The menu's links, for tests. */
    List<RouterLink> links() {
        return List.copyOf(links.values());
    }

    /**
     * The menu for the person's roles. Vaadin checks every route's access rules to build it, about 10 ms of every
     * page's opening; the routes and their rules (roles only) do not change while a production application runs, so
     * the menu is kept per set of authorities. In development routes may be reloaded: built every time.
     */
    private static List<MenuEntry> menu(AuthenticationContext authentication) {
        VaadinService service = VaadinService.getCurrent();
        if (service == null || !service.getDeploymentConfiguration().isProductionMode()
                || !authentication.isAuthenticated()) {
            return MenuConfiguration.getMenuEntries();
        }
        Set<String> authorities = authentication.getGrantedAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return MENUS.computeIfAbsent(authorities, a -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    /** A menu entry as a router link: the page changes without reloading. */
    private static RouterLink link(MenuEntry entry) {
        var link = new RouterLink();
        link.setRoute(Objects.requireNonNull(entry.menuClass(), entry.path()));
        if (entry.icon() != null) {
            link.add(new Glyph(entry.icon()));
        }
        link.add(new Span(entry.title()));
        link.addClassName("app-nav-link");
        // the frame marks the current one (afterNavigation): a link's own prefix rule would mark two at once
        link.setHighlightCondition(HighlightConditions.never());
        return link;
    }

    /** Who is signed in, leading to their own account (password, sign out everywhere), and signing out. */
    private static Div userBox(AuthenticationContext authentication) {
        var box = new Div();
        box.addClassName("app-user-box");
        if (!authentication.isAuthenticated()) {
            // an error page shown to someone not signed in
            box.add(new Glyph(VaadinIcon.SIGN_IN), new Anchor("login", "Đăng nhập"));
            return box;
        }
        var name = new Anchor(OWN_ACCOUNT, authentication.getPrincipalName().orElse(""));
        name.addClassName("app-user");
        name.setTitle("Đổi mật khẩu, đăng xuất khỏi mọi thiết bị");
        var logout = new PlainButton(VaadinIcon.SIGN_OUT, "Đăng xuất", e -> authentication.logout());
        logout.addClassName("small");
        box.add(new Glyph(VaadinIcon.USER), name, logout);
        return box;
    }
}
